package dev.policysim.web;

/** A structure edit that cannot be made, such as creating a product whose name is taken. */
class EditRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	EditRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field the message belongs next to. */
	String field() {
		return this.field;
	}

}
