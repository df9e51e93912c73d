package dev.policysim.workspace;

/**
 * A workspace input refused because it is over one of the {@link ArchiveLimits} (too many bytes,
 * entries or unpacked bytes), as opposed to a damaged or hostile one: an HTTP adapter answers this
 * with 413 Content Too Large rather than 400.
 */
public class WorkspaceLimitException extends WorkspaceInputException {

	private static final long serialVersionUID = 1L;

	public WorkspaceLimitException(String message) {
		super(message);
	}

}
