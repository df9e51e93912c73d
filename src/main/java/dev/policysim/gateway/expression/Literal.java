package dev.policysim.gateway.expression;

import org.jspecify.annotations.Nullable;

/** A string, number, bool or {@code null} literal. */
record Literal(@Nullable Object value) implements Node {

	@Override
	public @Nullable Object evaluate(ExpressionContext context) {
		return this.value;
	}

	@Override
	public int depth() {
		return 1;
	}

}
