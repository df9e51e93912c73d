package dev.policysim.web;

import java.util.List;
import java.util.Objects;

/**
 * How one file differs between two revisions.
 *
 * @param path the file
 * @param change {@code added}, {@code removed} or {@code changed}
 * @param lines the unified diff; empty for a binary file
 */
public record FileDiff(String path, String change, List<DiffLine> lines) {

	public FileDiff {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(change, "change");
		lines = List.copyOf(lines);
	}

}
