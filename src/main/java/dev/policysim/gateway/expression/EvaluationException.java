package dev.policysim.gateway.expression;

/**
 * An expression of the subset that cannot give a value for this request: it reads a member of an
 * absent object ({@code context.Subscription} without a subscription), calls a method on
 * {@code null}, or mixes types C# would refuse. The gateway would fail or not compile; the
 * simulator assumes a value instead.
 */
final class EvaluationException extends Exception {

	private static final long serialVersionUID = 1L;

	EvaluationException(String message) {
		super(message);
	}

}
