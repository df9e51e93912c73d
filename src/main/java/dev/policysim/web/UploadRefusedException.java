package dev.policysim.web;

/** An upload over a limit or otherwise unusable; its message is shown next to the upload field. */
class UploadRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UploadRefusedException(String message) {
		super(message);
	}

}
