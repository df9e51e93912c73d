package dev.policysim.effective;

import java.util.Objects;

/**
 * Something the calculator met that a user must fix, reported by the analyzer under the rule id
 * given here: a missing fragment or named value, a duplicate {@code <base/>}.
 *
 * @param rule the rule id from rules.md, e.g. {@code fragment-missing}
 * @param location the element at fault
 * @param scope the scope of the document holding it
 * @param message one sentence naming the things involved
 */
public record CalculationProblem(String rule, SourceLocation location, Scope scope, String message) {

	public CalculationProblem {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(message, "message");
	}

}
