package dev.policysim.browser.explain;

/**
 * Input {@code explain} cannot use: not JSON, a missing or invalid field, or a case that lacks a
 * recorded response the browser needs. The message names the field, e.g.
 * {@code [1].request.credentials}.
 */
public class ExplainInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * An error about one field.
	 * @param message what is wrong, starting with the field's path
	 */
	public ExplainInputException(String message) {
		super(message);
	}

}
