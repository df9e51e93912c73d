package dev.policysim.web;

import java.util.Objects;

/**
 * A training workspace of {@code sample-policies/}.
 *
 * @param name its folder name
 * @param title the {@code # } heading of its README
 * @param summary the paragraph after that heading
 */
record Sample(String name, String title, String summary) {

	Sample {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(summary, "summary");
	}

}
