package dev.policysim.gateway.expression;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A policy expression compiled once: either a tree of the supported subset, or the reason it is
 * outside it. Immutable, so one compilation serves every request.
 */
public final class CompiledExpression {

	private final String text;

	private final @Nullable Node root;

	private final @Nullable String refusal;

	private CompiledExpression(String text, @Nullable Node root, @Nullable String refusal) {
		this.text = Objects.requireNonNull(text, "text");
		this.root = root;
		this.refusal = refusal;
	}

	static CompiledExpression supported(String text, Node root) {
		return new CompiledExpression(text, root, null);
	}

	static CompiledExpression unsupported(String text, String refusal) {
		return new CompiledExpression(text, null, refusal);
	}

	/** The expression as written, {@code @(...)} or {@code @{...}} included. */
	public String text() {
		return this.text;
	}

	/**
	 * Why the expression is outside the supported subset.
	 * @return the reason; empty when the expression is supported
	 */
	public Optional<String> refusal() {
		return Optional.ofNullable(this.refusal);
	}

	/**
	 * Evaluates the expression for one request. Never throws for anything the expression does.
	 * @param context what the request offers
	 * @return the value, or the reason there is none (outside the subset, or no value for this
	 * request, such as a member of an absent {@code context.Subscription})
	 */
	public Evaluation evaluate(ExpressionContext context) {
		if (this.root == null) {
			return Evaluation.refused(Objects.requireNonNull(this.refusal));
		}
		try {
			return Evaluation.of(this.root.evaluate(context));
		}
		catch (EvaluationException ex) {
			return Evaluation.refused(Objects.requireNonNull(ex.getMessage()));
		}
	}

}
