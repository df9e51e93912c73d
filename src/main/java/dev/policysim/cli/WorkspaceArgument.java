package dev.policysim.cli;

import java.nio.file.Path;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;

/**
 * The {@code DIR|ZIP} argument every workspace command takes. A workspace that cannot be read at
 * all (no such path, a broken or oversized zip) is a usage error (exit 2) with the reader's reason;
 * files inside it that cannot be read are the reader's load problems, reported by each command.
 */
final class WorkspaceArgument {

	private WorkspaceArgument() {
	}

	/**
	 * Reads the files of a workspace folder or zip.
	 * @param workspace the path the user gave
	 * @return the files
	 * @throws UsageException when the path is neither a readable folder nor a readable zip
	 */
	static WorkspaceFiles files(Path workspace) {
		try {
			return WorkspaceReader.files(workspace, ArchiveLimits.DEFAULTS);
		}
		catch (WorkspaceInputException ex) {
			throw new UsageException("cannot load the workspace " + workspace + ": " + ex.getMessage());
		}
	}

}
