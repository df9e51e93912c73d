package dev.policysim.gateway.expression;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code left + right}: concatenation when either side is a string (the other side as C#'s
 * {@code ToString()} gives it, {@code null} as empty), else the sum of two numbers.
 */
record Addition(Node left, Node right) implements Node {

	Addition {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(right, "right");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		@Nullable Object a = this.left.evaluate(context);
		@Nullable Object b = this.right.evaluate(context);
		if (a instanceof String || b instanceof String) {
			return CSharpValues.text(a) + CSharpValues.text(b);
		}
		if (a instanceof Long x && b instanceof Long y) {
			return x + y;
		}
		if (CSharpValues.isNumber(a) && CSharpValues.isNumber(b)) {
			return ((Number) a).doubleValue() + ((Number) b).doubleValue();
		}
		throw new EvaluationException("+ adds a " + CSharpValues.typeName(a) + " and a " + CSharpValues.typeName(b)
				+ ", which the supported subset does not do");
	}

	@Override
	public int depth() {
		return Math.max(this.left.depth(), this.right.depth()) + 1;
	}

}
