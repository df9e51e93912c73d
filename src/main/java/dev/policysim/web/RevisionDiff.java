package dev.policysim.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.policysim.workspace.WorkspaceFiles;

/** The differences between two revisions of a workspace, file by file, as unified diffs. */
public final class RevisionDiff {

	/** Lines of context around each change, as {@code git diff} shows. */
	static final int CONTEXT = 3;

	private RevisionDiff() {
	}

	/**
	 * Compares two revisions.
	 * @param from the older files
	 * @param to the newer files
	 * @return the files that differ, in path order; empty when the revisions hold the same files
	 */
	public static List<FileDiff> between(WorkspaceFiles from, WorkspaceFiles to) {
		SortedSet<String> paths = new TreeSet<>(from.paths());
		paths.addAll(to.paths());
		List<FileDiff> diffs = new ArrayList<>();
		for (String path : paths) {
			Optional<byte[]> before = from.content(path);
			Optional<byte[]> after = to.content(path);
			if (before.isPresent() && after.isPresent() && Arrays.equals(before.get(), after.get())) {
				continue;
			}
			String change = before.isEmpty() ? "added" : after.isEmpty() ? "removed" : "changed";
			diffs.add(new FileDiff(path, change, lines(path, from.text(path), to.text(path))));
		}
		return diffs;
	}

	private static List<DiffLine> lines(String path, Optional<String> before, Optional<String> after) {
		List<String> original = before.map(String::lines).map((lines) -> lines.toList()).orElse(List.of());
		List<String> revised = after.map(String::lines).map((lines) -> lines.toList()).orElse(List.of());
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, CONTEXT);
		return unified.stream().skip(2).map(RevisionDiff::line).toList();
	}

	private static DiffLine line(String text) {
		if (text.startsWith("@@")) {
			return new DiffLine("hunk", text);
		}
		if (text.startsWith("+")) {
			return new DiffLine("add", text);
		}
		return text.startsWith("-") ? new DiffLine("del", text) : new DiffLine("same", text);
	}

}
