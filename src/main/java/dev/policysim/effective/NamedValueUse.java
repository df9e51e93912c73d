package dev.policysim.effective;

import java.util.Objects;

/**
 * A named value substituted into an element.
 *
 * @param name the name between the braces
 * @param file the file the value came from (its {@code namedValueInformation.json}, or the scenario)
 * @param secret whether the value is secret, so views can mask it
 */
public record NamedValueUse(String name, String file, boolean secret) {

	public NamedValueUse {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(file, "file");
	}

}
