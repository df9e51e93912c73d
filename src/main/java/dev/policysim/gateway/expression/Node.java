package dev.policysim.gateway.expression;

import org.jspecify.annotations.Nullable;

/** A compiled expression of the subset: a tree whose nodes evaluate themselves. */
sealed interface Node permits Literal, Not, Logical, Equality, Addition, Conditional, ContextRead, ContextLookup,
		StringCall, NullOrEmptyTest {

	/**
	 * The node's value for one request.
	 * @param context what the request offers
	 * @return a {@code String}, {@code Boolean}, {@code Long}, {@code Double} or {@code null}
	 * @throws EvaluationException when no value can be given for this request
	 */
	@Nullable Object evaluate(ExpressionContext context) throws EvaluationException;

	/** The height of the tree under this node, which the parser bounds so evaluation never overflows. */
	int depth();

}
