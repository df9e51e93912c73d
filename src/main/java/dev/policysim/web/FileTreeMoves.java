package dev.policysim.web;

import dev.policysim.workspace.WorkspaceFiles;

/** Moving and removing whole folders of a workspace's file tree. */
final class FileTreeMoves {

	private FileTreeMoves() {
	}

	/**
	 * Moves every file under a folder to another folder.
	 * @param files the files
	 * @param from the folder, with a trailing slash
	 * @param to the new folder, with a trailing slash
	 * @return the moved files; the same files when the folder is empty
	 */
	static WorkspaceFiles move(WorkspaceFiles files, String from, String to) {
		WorkspaceFiles moved = files;
		for (String path : files.paths()) {
			if (path.startsWith(from)) {
				moved = moved.without(path).with(to + path.substring(from.length()), files.content(path).orElseThrow());
			}
		}
		return moved;
	}

	/**
	 * Removes every file under a folder.
	 * @param files the files
	 * @param folder the folder, with a trailing slash
	 * @return the files without that folder
	 */
	static WorkspaceFiles remove(WorkspaceFiles files, String folder) {
		WorkspaceFiles kept = files;
		for (String path : files.paths()) {
			if (path.startsWith(folder)) {
				kept = kept.without(path);
			}
		}
		return kept;
	}

	static boolean hasFolder(WorkspaceFiles files, String folder) {
		return files.paths().stream().anyMatch((path) -> path.startsWith(folder));
	}

}
