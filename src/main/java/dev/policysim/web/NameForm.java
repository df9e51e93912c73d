package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's name, as typed into the new-workspace and rename forms.
 *
 * @param name the name
 */
record NameForm(@NotBlank(message = "Give the workspace a name.")
		@Size(max = 100, message = "Keep the name to 100 characters or fewer.") @Nullable String name) {

	String value() {
		return (this.name == null) ? "" : this.name.strip();
	}

}
