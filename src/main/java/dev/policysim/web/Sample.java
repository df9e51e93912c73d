package dev.policysim.web;

import java.util.List;
import java.util.Objects;

/**
 * A training workspace of {@code sample-policies/}.
 *
 * @param name its folder name
 * @param title the {@code # } heading of its README
 * @param summary the paragraph after that heading
 */
public record Sample(String name, String title, String summary) {

	public Sample {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(summary, "summary");
	}

	/** The title with its markdown {@code code} spans split out, for the pages. */
	public List<TextPart> titleParts() {
		return TextPart.parse(this.title);
	}

	/** The summary with its markdown {@code code} spans split out, for the pages. */
	public List<TextPart> summaryParts() {
		return TextPart.parse(this.summary);
	}

}
