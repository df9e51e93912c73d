package dev.policysim.web;

import java.util.Objects;

/**
 * One line of a unified diff.
 *
 * @param kind {@code add}, {@code del}, {@code hunk} or {@code same}, used as its CSS class
 * @param text the line as the diff prints it
 */
public record DiffLine(String kind, String text) {

	public DiffLine {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

}
