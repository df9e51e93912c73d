package dev.policysim.gateway.expression;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** {@code condition ? whenTrue : whenFalse}, evaluating only the branch taken. */
record Conditional(Node condition, Node whenTrue, Node whenFalse) implements Node {

	Conditional {
		Objects.requireNonNull(condition, "condition");
		Objects.requireNonNull(whenTrue, "whenTrue");
		Objects.requireNonNull(whenFalse, "whenFalse");
	}

	@Override
	public @Nullable Object evaluate(ExpressionContext context) throws EvaluationException {
		boolean test = CSharpValues.bool(this.condition.evaluate(context), "?:");
		return test ? this.whenTrue.evaluate(context) : this.whenFalse.evaluate(context);
	}

	@Override
	public int depth() {
		return Math.max(this.condition.depth(), Math.max(this.whenTrue.depth(), this.whenFalse.depth())) + 1;
	}

}
