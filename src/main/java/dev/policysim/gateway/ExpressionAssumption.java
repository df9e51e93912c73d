package dev.policysim.gateway;

import java.util.Objects;

import dev.policysim.effective.SourceLocation;

/**
 * An expression the simulator could not evaluate (outside the subset of gateway.md §7), and the
 * value it went on with: the one the scenario supplied, or a stated default.
 *
 * @param expression the expression text, as written
 * @param location the element that holds it
 * @param value the value used
 * @param supplied whether the scenario supplied the value (else the simulator's default)
 * @param reason why it was not evaluated ("calls JObject.Parse, outside the supported subset")
 */
public record ExpressionAssumption(String expression, SourceLocation location, String value, boolean supplied,
		String reason) {

	public ExpressionAssumption {
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(reason, "reason");
	}

}
