package dev.policysim.gateway;

import java.util.Objects;

/**
 * One {@code name=value} pair of a URL's query, decoded.
 *
 * @param name the name
 * @param value the value; empty for {@code ?flag}
 */
record QueryParameter(String name, String value) {

	QueryParameter {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}

}
