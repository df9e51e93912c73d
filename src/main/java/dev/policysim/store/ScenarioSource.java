package dev.policysim.store;

import java.util.Objects;

/**
 * A scenario as its author wrote it, kept verbatim in a permalink so a fork gets the same text back.
 *
 * @param text the file's text
 * @param format how it is written
 */
public record ScenarioSource(String text, Format format) {

	public ScenarioSource {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(format, "format");
	}

	/** The two ways a scenario is written (formats.md §2). */
	public enum Format {

		/** {@code scenario.json}. */
		JSON,

		/** A HAR file saved by Chrome DevTools. */
		HAR

	}

}
