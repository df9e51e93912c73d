package dev.policysim.web;

/** The names APIM accepts for products, APIs and operations, which also name their folders. */
final class StructureNames {

	// empty passes here so that a blank name gets the one message of @NotBlank
	static final String PATTERN = "([A-Za-z0-9][A-Za-z0-9._-]{0,79})?";

	static final String MESSAGE = "Use 1 to 80 letters, digits, dots, dashes or underscores, starting with a letter or digit.";

	private StructureNames() {
	}

}
