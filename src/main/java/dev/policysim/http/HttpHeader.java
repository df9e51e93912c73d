package dev.policysim.http;

import java.util.Locale;
import java.util.Objects;

/**
 * One header line as it was written: the name keeps its case, the value is kept byte for byte.
 *
 * @param name the header name
 * @param value the header value
 */
public record HttpHeader(String name, String value) {

	public HttpHeader {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
	}

	/**
	 * Whether this line has the given name, compared case-insensitively as HTTP does.
	 * @param other the name to compare with
	 * @return {@code true} when the names match ignoring ASCII case
	 */
	public boolean hasName(String other) {
		return this.name.equalsIgnoreCase(other);
	}

	/** The name in lower case, the form browsers use in {@code Access-Control-Request-Headers}. */
	public String lowerCaseName() {
		return this.name.toLowerCase(Locale.ROOT);
	}

}
