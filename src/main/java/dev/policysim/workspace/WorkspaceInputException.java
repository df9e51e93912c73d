package dev.policysim.workspace;

/**
 * A workspace input that cannot be used at all: not a folder or zip, a broken zip, an entry that
 * escapes the folder, or one over the limits. Problems with single files are {@link LoadProblem}s
 * instead, and the rest of the workspace still loads.
 */
public class WorkspaceInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public WorkspaceInputException(String message) {
		super(message);
	}

	public WorkspaceInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
