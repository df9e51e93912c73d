package dev.policysim.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A new resource name for a product, API or operation.
 *
 * @param newName the new name
 */
record RenameForm(@NotBlank(message = "Give the new name.")
		@Pattern(regexp = StructureNames.PATTERN, message = StructureNames.MESSAGE) @Nullable String newName) {

	String value() {
		return (this.newName == null) ? "" : this.newName;
	}

}
