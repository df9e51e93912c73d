package dev.policysim.web.simulation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.web.FileDiff;
import dev.policysim.web.RevisionDiff;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * A cause's mechanical fix, ready to be shown and applied: the files it ran on and the files the
 * fix makes of them.
 *
 * @param cause the cause whose patches these are
 * @param before the revision's files
 * @param after the files with every patch applied
 */
public record FixProposal(CauseView cause, WorkspaceFiles before, WorkspaceFiles after) {

	public FixProposal {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	/**
	 * Applies a cause's patches to the files it was found in.
	 * @param index the cause's place in the diagnosis
	 * @param cause the cause
	 * @param files the revision's files
	 * @return the proposal
	 */
	static FixProposal of(int index, Cause cause, WorkspaceFiles files) {
		WorkspaceFiles after = files;
		for (Patch patch : cause.patches()) {
			after = after.with(patch.file(), patch.text().getBytes(StandardCharsets.UTF_8));
		}
		return new FixProposal(CauseView.of(index, cause, false), files, after);
	}

	/** The change, file by file, as the history page shows it. */
	public List<FileDiff> diffs() {
		return RevisionDiff.between(this.before, this.after);
	}

	/** The new revision's message, which the history lists. */
	String message() {
		String where = this.cause.file().isEmpty() ? "" : " at " + this.cause.file() + ":" + this.cause.line();
		return "Apply the fix for " + this.cause.rule() + where;
	}

}
