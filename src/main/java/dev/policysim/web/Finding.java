package dev.policysim.web;

import java.util.Objects;

/**
 * A lint finding as the pages show it (formats.md §5).
 *
 * @param rule the rule id
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param message what is wrong
 * @param file the file to fix
 * @param line the line, from 1
 * @param column the column, from 1
 * @param scope the scope whose document holds the element, in words ({@code product starter});
 * empty when not tied to one
 * @param fix how to fix it
 */
record Finding(String rule, String severity, String message, String file, int line, int column, String scope,
		String fix) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(fix, "fix");
	}

}
