package dev.policysim.policy;

import java.util.Objects;

/**
 * An attribute of a policy element, its value exactly as APIM stores it (a policy expression such as
 * {@code @(context.Request.Headers.GetValueOrDefault("Origin",""))} is kept verbatim).
 *
 * @param name the attribute name
 * @param value the decoded value
 * @param position where the attribute's name starts
 */
public record Attribute(String name, String value, Position position) {

	public Attribute {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(position, "position");
	}

	/** Whether the value is a policy expression ({@code @(...)} or {@code @{...}}). */
	public boolean isExpression() {
		return PolicyExpressions.isExpression(this.value);
	}

}
