package dev.policysim.gateway.expression;

import java.util.Objects;

/** {@code !operand}. */
record Not(Node operand) implements Node {

	Not {
		Objects.requireNonNull(operand, "operand");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		return !CSharpValues.bool(this.operand.evaluate(context), "!");
	}

	@Override
	public int depth() {
		return this.operand.depth() + 1;
	}

}
