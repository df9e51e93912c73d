package dev.policysim.gateway.expression;

import java.util.Objects;

/**
 * {@code left && right} or {@code left || right}, short-circuiting as C# does.
 *
 * @param and {@code true} for {@code &&}
 * @param left the left operand
 * @param right the right operand, evaluated only when needed
 */
record Logical(boolean and, Node left, Node right) implements Node {

	Logical {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(right, "right");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		String operator = this.and ? "&&" : "||";
		boolean first = CSharpValues.bool(this.left.evaluate(context), operator);
		if (first != this.and) {
			return first;
		}
		return CSharpValues.bool(this.right.evaluate(context), operator);
	}

	@Override
	public int depth() {
		return Math.max(this.left.depth(), this.right.depth()) + 1;
	}

}
