package dev.policysim.gateway.expression;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** {@code string.IsNullOrEmpty(value)}. */
record NullOrEmptyTest(Node value) implements Node {

	NullOrEmptyTest {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		@Nullable Object result = this.value.evaluate(context);
		if (result == null) {
			return true;
		}
		return CSharpValues.string(result, "string.IsNullOrEmpty").isEmpty();
	}

	@Override
	public int depth() {
		return this.value.depth() + 1;
	}

}
