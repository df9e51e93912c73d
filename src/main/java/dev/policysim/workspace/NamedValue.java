package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * A named value, substituted for {@code {{displayName}}} in policies.
 *
 * @param name the resource name (its folder under {@code named values/})
 * @param displayName the name policies refer to
 * @param value the value; empty for a secret whose value APIOps does not export
 * @param secret whether the value is secret
 * @param file the file it was read from, relative to the workspace root (or a scenario)
 */
public record NamedValue(String name, String displayName, Optional<String> value, boolean secret, String file) {

	public NamedValue {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(file, "file");
	}

}
