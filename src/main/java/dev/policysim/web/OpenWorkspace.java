package dev.policysim.web;

import java.util.Objects;

import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * A workspace opened through one of its links, with the files of its newest revision.
 *
 * @param summary the stored workspace
 * @param editable whether it was opened through its edit link
 * @param files the files of its newest revision
 */
public record OpenWorkspace(WorkspaceSummary summary, boolean editable, WorkspaceFiles files) {

	public OpenWorkspace {
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(files, "files");
	}

	/** The link the pages of this workspace live under: {@code /w/{editId}} or {@code /v/{viewId}}. */
	public String base() {
		return this.editable ? "/w/" + this.summary.editId() : "/v/" + this.summary.viewId();
	}

	public String name() {
		return this.summary.name();
	}

}
