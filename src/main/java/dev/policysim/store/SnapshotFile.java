package dev.policysim.store;

import java.util.Objects;

/**
 * One file of a permalink's workspace, listed without its content.
 *
 * @param path the path relative to the workspace root
 * @param sha256 the hash of its content, lower-case hex; equal hashes mean equal files
 */
public record SnapshotFile(String path, String sha256) {

	public SnapshotFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(sha256, "sha256");
	}

}
