package dev.policysim.web.share;

import java.util.Objects;
import java.util.Optional;

/**
 * One cause of a request's outcome, as the permalink page shows it.
 *
 * @param rule the rule id (rules.md)
 * @param severity error, warning or info
 * @param message what went wrong
 * @param location {@code file:line:column} of the source element; empty when none
 * @param fix how to fix it
 */
public record CauseView(String rule, String severity, String message, Optional<String> location, String fix) {

	public CauseView {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(fix, "fix");
	}

}
