package dev.policysim.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.policysim.store.WorkspaceStore;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the home page shows, shared by the controllers whose forms live on it. */
@Component
class HomeModel {

	static final String VIEW = "home";

	private final WorkspaceStore store;

	private final SampleCatalogue samples;

	private final UploadSettings upload;

	HomeModel(WorkspaceStore store, SampleCatalogue samples, UploadSettings upload) {
		this.store = store;
		this.samples = samples;
		this.upload = upload;
	}

	/**
	 * Fills the model of the home page.
	 * @param request the request, whose cookie names this browser's workspaces
	 * @param model the model
	 * @param form the new-workspace form as typed
	 * @param errors its validation messages
	 * @param importErrors the messages of the import forms
	 * @return the view name
	 */
	String render(HttpServletRequest request, Model model, NameForm form, FormErrors errors, FormErrors importErrors) {
		model.addAttribute("recent", this.store.byEditIds(RecentWorkspaces.read(request)));
		model.addAttribute("samples", this.samples.list());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("importErrors", importErrors);
		model.addAttribute("limits", this.upload);
		return VIEW;
	}

}
