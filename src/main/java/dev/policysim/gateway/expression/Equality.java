package dev.policysim.gateway.expression;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * {@code left == right} or {@code left != right}: strings compare ordinally (case-sensitive, as
 * C#'s {@code ==} on strings), numbers by value, anything against {@code null}. Comparing a string
 * with a number or a bool does not compile in C#, so it gives no value.
 *
 * @param negated {@code true} for {@code !=}
 * @param left the left operand
 * @param right the right operand
 */
record Equality(boolean negated, Node left, Node right) implements Node {

	Equality {
		Objects.requireNonNull(left, "left");
		Objects.requireNonNull(right, "right");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		return equal(this.left.evaluate(context), this.right.evaluate(context)) != this.negated;
	}

	private static boolean equal(@Nullable Object a, @Nullable Object b) throws EvaluationException {
		if (a == null || b == null) {
			return a == b;
		}
		if (CSharpValues.isNumber(a) && CSharpValues.isNumber(b)) {
			return ((Number) a).doubleValue() == ((Number) b).doubleValue();
		}
		if (a.getClass() != b.getClass()) {
			throw new EvaluationException("== compares a " + CSharpValues.typeName(a) + " with a "
					+ CSharpValues.typeName(b) + ", which C# does not compile");
		}
		return a.equals(b);
	}

	@Override
	public int depth() {
		return Math.max(this.left.depth(), this.right.depth()) + 1;
	}

}
