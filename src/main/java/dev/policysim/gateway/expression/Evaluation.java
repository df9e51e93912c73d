package dev.policysim.gateway.expression;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of evaluating an expression for one request: a value, or the reason there is none.
 *
 * @param value the value ({@code String}, {@code Boolean}, {@code Long}, {@code Double}); {@code null}
 * when the expression gave {@code null} or was not evaluated
 * @param refusal why the expression was not evaluated; empty when it was
 */
public record Evaluation(@Nullable Object value, Optional<String> refusal) {

	public Evaluation {
		Objects.requireNonNull(refusal, "refusal");
	}

	static Evaluation of(@Nullable Object value) {
		return new Evaluation(value, Optional.empty());
	}

	static Evaluation refused(String reason) {
		return new Evaluation(null, Optional.of(reason));
	}

	/** Whether the expression gave a value. */
	public boolean evaluated() {
		return this.refusal.isEmpty();
	}

	/** The value as C#'s {@code ToString()} writes it: {@code True}/{@code False}, empty for {@code null}. */
	public String text() {
		return CSharpValues.text(this.value);
	}

}
