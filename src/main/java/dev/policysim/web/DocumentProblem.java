package dev.policysim.web;

import java.util.Objects;

/**
 * A problem of one document, as the editor marks it in its gutter and lists it beside the text.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param line the line, from 1
 * @param column the column, from 1
 * @param message what is wrong, in one sentence
 * @param rule the rule id that reports it, e.g. {@code xml-invalid}
 */
record DocumentProblem(String severity, int line, int column, String message, String rule) {

	DocumentProblem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(rule, "rule");
	}

}
