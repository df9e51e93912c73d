package dev.policysim.policy;

import java.util.Objects;

/**
 * An XML comment, kept so that directives such as {@code <!-- policysim-disable cors-duplicate -->}
 * can be found right above the element they exempt.
 *
 * @param text the comment's content without {@code <!--} and {@code -->}
 * @param position where the comment starts
 */
public record PolicyComment(String text, Position position) implements PolicyNode {

	public PolicyComment {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(position, "position");
	}

}
