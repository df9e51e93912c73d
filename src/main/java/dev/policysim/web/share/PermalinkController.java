package dev.policysim.web.share;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.policysim.store.Permalink;
import dev.policysim.store.PermalinkSnapshot;
import dev.policysim.store.Permalinks;
import dev.policysim.store.ScenarioSource;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.web.NotFoundException;
import dev.policysim.web.RecentWorkspaces;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The permalink page {@code /s/{id}}: a saved simulation, read-only, with everything a reviewer
 * needs and one action, fork, which copies the snapshot into a new workspace to edit. The snapshot
 * itself is never changed. Unknown ids answer the 404 page, expired ones the 410 page.
 */
@Controller
class PermalinkController {

	static final String NOT_FOUND = "There is no saved simulation at this address.";

	/** The longest workspace name the pages accept. */
	private static final int MAX_NAME = 100;

	private final Permalinks permalinks;

	private final WorkspaceStore store;

	private final PermalinkViewCache views;

	PermalinkController(Permalinks permalinks, WorkspaceStore store, PermalinkViewCache views) {
		this.permalinks = permalinks;
		this.store = store;
		this.views = views;
	}

	@GetMapping("/s/{id}")
	String show(@PathVariable String id, Model model) {
		PermalinkView view = this.views
			.get(id, () -> this.permalinks.snapshot(id).map((saved) -> PermalinkViews.of(saved.permalink(), saved.files())))
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));
		model.addAttribute("permalink", view);
		return "permalink";
	}

	/**
	 * A new workspace holding the snapshot's files, with the scenario it ran saved as
	 * {@code scenario.json} (or {@code scenario.har}), so the fork runs the same scenario.
	 */
	@PostMapping("/s/{id}/fork")
	String fork(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
		PermalinkSnapshot saved = this.permalinks.snapshot(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		Permalink permalink = saved.permalink();
		WorkspaceFiles files = saved.files();
		ScenarioSource scenario = permalink.scenario();
		String scenarioFile = (scenario.format() == ScenarioSource.Format.HAR) ? "scenario.har" : Simulations.SCENARIO_FILE;
		WorkspaceFiles forked = files.with(scenarioFile, scenario.text().getBytes(StandardCharsets.UTF_8));
		WorkspaceSummary created = this.store.create(name(permalink), forked, "Forked from permalink " + id);
		RecentWorkspaces.remember(request, response, created.editId());
		return "redirect:/w/" + created.editId();
	}

	private static String name(Permalink permalink) {
		String name = "Fork of " + permalink.scenarioName();
		return (name.length() > MAX_NAME) ? name.substring(0, MAX_NAME - 1) + "…" : name;
	}

}
