package dev.policysim.web;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.stereotype.Component;

/**
 * Opens a workspace from a link. {@code w} links find a workspace by its edit id only and {@code v}
 * links by its view id only, so a read-only link can never be used where editing is allowed.
 */
@Component
public class WorkspaceAccess {

	static final String NOT_FOUND = "There is no workspace at this address.";

	private final WorkspaceStore store;

	WorkspaceAccess(WorkspaceStore store) {
		this.store = store;
	}

	/**
	 * Opens a workspace through either link.
	 * @param mode {@code w} for the edit link, {@code v} for the read-only link
	 * @param id the id in the link
	 * @return the workspace with its newest files
	 * @throws NotFoundException when no workspace answers to this link
	 */
	public OpenWorkspace open(String mode, String id) {
		return switch (mode) {
			case "w" -> edit(id);
			case "v" -> view(id);
			default -> throw new NotFoundException(NOT_FOUND);
		};
	}

	/**
	 * Opens a workspace through its edit link.
	 * @param editId the id in the link
	 * @return the workspace with its newest files
	 * @throws NotFoundException when no workspace has this edit id
	 */
	public OpenWorkspace edit(String editId) {
		WorkspaceSummary summary = this.store.byEditId(editId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		return new OpenWorkspace(summary, true, newest(summary));
	}

	public OpenWorkspace view(String viewId) {
		WorkspaceSummary summary = this.store.byViewId(viewId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		return new OpenWorkspace(summary, false, newest(summary));
	}

	private WorkspaceFiles newest(WorkspaceSummary summary) {
		return this.store.files(summary, summary.currentRevision()).orElseThrow();
	}

}
