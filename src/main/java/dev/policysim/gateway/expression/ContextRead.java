package dev.policysim.gateway.expression;

import java.util.Objects;

/** A property of {@code context}, such as {@code context.Request.Method}. */
record ContextRead(ContextProperty property) implements Node {

	ContextRead {
		Objects.requireNonNull(property, "property");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		return context.property(this.property)
			.orElseThrow(() -> new EvaluationException(this.property.owner() + " is null for this request, so "
					+ this.property.path() + " fails"));
	}

	@Override
	public int depth() {
		return 1;
	}

}
