package dev.policysim.store;

import java.util.Objects;

import dev.policysim.workspace.WorkspaceFiles;

/**
 * A permalink together with its workspace's files, read in one transaction, for the pages that
 * need both (showing and forking a snapshot).
 *
 * @param permalink the permalink with its scenario and report
 * @param files the workspace's files with their contents
 */
public record PermalinkSnapshot(Permalink permalink, WorkspaceFiles files) {

	public PermalinkSnapshot {
		Objects.requireNonNull(permalink, "permalink");
		Objects.requireNonNull(files, "files");
	}

}
