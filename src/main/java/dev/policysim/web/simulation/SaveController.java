package dev.policysim.web.simulation;

import java.util.Optional;
import java.util.Set;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.store.Permalink;
import dev.policysim.store.ScenarioSource;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.NotFoundException;
import dev.policysim.web.OpenWorkspace;
import dev.policysim.web.WorkspaceAccess;
import dev.policysim.web.share.Simulations;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Save on the run page: stores the simulation of the revision the page showed as a permalink and
 * sends the user to it. Saving changes nothing in the workspace, so the read-only link may save too.
 * The scenario runs again here rather than trusting anything from the form: the run is
 * deterministic, and the snapshot then holds exactly what these files and this scenario give.
 */
@Controller
class SaveController {

	/** The lifetimes the form offers, in days; 0 keeps the permalink for ever. */
	static final Set<Integer> LIFETIMES = Set.of(0, 7, 30, 365);

	static final String NO_SCENARIO = "This revision has no usable scenario to save.";

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	private final ScenarioRun run;

	private final Simulations simulations;

	SaveController(WorkspaceAccess access, WorkspaceStore store, ScenarioRun run, Simulations simulations) {
		this.access = access;
		this.store = store;
		this.run = run;
		this.simulations = simulations;
	}

	/**
	 * Saves the permalink.
	 * @param revision the revision the run page showed
	 * @param days how long the permalink answers; 0 for ever
	 */
	@PostMapping("/{mode:w|v}/{id}/save")
	String save(@PathVariable String mode, @PathVariable String id, @RequestParam int revision,
			@RequestParam(defaultValue = "0") int days) {
		if (!LIFETIMES.contains(days)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A permalink lives 7, 30 or 365 days, or for ever.");
		}
		OpenWorkspace workspace = this.access.open(mode, id);
		WorkspaceFiles files = this.store.files(workspace.summary(), revision)
			.orElseThrow(() -> new NotFoundException("There is no revision " + revision + " of this workspace."));
		String text = files.text(ScenarioRun.FILE).orElseThrow(() -> new NotFoundException(NO_SCENARIO));
		SimulationReport report = this.run.simulate(files).orElseThrow(() -> new NotFoundException(NO_SCENARIO));
		Optional<Integer> expiresInDays = (days == 0) ? Optional.empty() : Optional.of(days);
		String saved = this.simulations.save(files, new ScenarioSource(text, ScenarioSource.Format.JSON), report,
				expiresInDays);
		return "redirect:" + Permalink.pathOf(saved);
	}

}
