package dev.policysim.web;

/** Something a URL names does not exist: answered with the 404 page, never a stack trace. */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * A 404 with a message for the person who followed the link.
	 * @param message what does not exist, as a sentence
	 */
	public NotFoundException(String message) {
		super(message);
	}

}
