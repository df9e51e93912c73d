package dev.policysim.policy;

import java.util.Objects;

/**
 * Character data inside an element, exactly as APIM stores it (entities already decoded, policy
 * expressions kept verbatim).
 *
 * @param text the characters
 * @param cdata whether the text was written as a CDATA section, so rendering can keep it so
 * @param position where the text starts
 */
public record PolicyText(String text, boolean cdata, Position position) implements PolicyNode {

	public PolicyText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(position, "position");
	}

	/** Whether the text holds nothing but whitespace (indentation between elements). */
	public boolean isBlank() {
		return this.text.isBlank();
	}

}
