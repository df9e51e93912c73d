package dev.policysim.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.policysim.store.RevisionSummary;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;

import org.springframework.stereotype.Component;

/**
 * Opens a sample as a fresh workspace, and tells later which sample a workspace was copied from.
 * The sample is remembered in the message of the copy's first revision: revisions never change,
 * so the mark cannot be lost or edited, and the store needs no column of its own for it.
 */
@Component
public class SampleCopies {

	static final String MESSAGE = "Copied from sample ";

	private final WorkspaceStore store;

	private final SampleCatalogue samples;

	SampleCopies(WorkspaceStore store, SampleCatalogue samples) {
		this.store = store;
		this.samples = samples;
	}

	/**
	 * Stores a fresh copy of a sample and remembers it in this browser's list of workspaces.
	 * @param name the sample's folder name
	 * @param request the request, for the browser's list
	 * @param response the response that updates that list
	 * @return the new workspace
	 * @throws NotFoundException when there is no such sample
	 */
	public WorkspaceSummary copy(String name, HttpServletRequest request, HttpServletResponse response) {
		Sample sample = this.samples.find(name)
			.orElseThrow(() -> new NotFoundException("There is no sample called " + name + "."));
		WorkspaceSummary created = this.store.create(sample.title(), this.samples.files(name).orElseThrow(),
				MESSAGE + name);
		RecentWorkspaces.remember(request, response, created.editId());
		return created;
	}

	/**
	 * The sample a workspace was copied from.
	 * @param workspace the workspace
	 * @return the sample; empty when the workspace was created or imported otherwise, or its sample
	 * is no longer shipped
	 */
	public Optional<Sample> sampleOf(WorkspaceSummary workspace) {
		List<RevisionSummary> history = this.store.history(workspace);
		if (history.isEmpty()) {
			return Optional.empty();
		}
		String first = history.get(history.size() - 1).message();
		return first.startsWith(MESSAGE) ? this.samples.find(first.substring(MESSAGE.length())) : Optional.empty();
	}

}
