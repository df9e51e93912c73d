package dev.policysim.web;

/** Something a URL names does not exist: answered with the 404 page, never a stack trace. */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}

}
