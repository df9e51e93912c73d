package dev.policysim.web.explain;

/** Pasted text that is not header lines; the message names the line, for the field's error. */
class HeaderTextException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	HeaderTextException(String message) {
		super(message);
	}

}
