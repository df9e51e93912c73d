package dev.policysim.cli;

/**
 * Input a command cannot use: a missing file, a broken zip, an unknown API name. The message is
 * printed as is, so it names the file (and line and column where there is one) and what is valid.
 */
class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

}
