package dev.policysim.gateway.expression;

/**
 * An expression that uses something outside the supported subset, or that the parser cannot read;
 * the message says what, in words a report can show.
 */
final class UnsupportedExpressionException extends Exception {

	private static final long serialVersionUID = 1L;

	UnsupportedExpressionException(String message) {
		super(message);
	}

}
