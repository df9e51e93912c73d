package dev.policysim.web.simulation;

import dev.policysim.web.OpenWorkspace;
import dev.policysim.web.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The run page: the workspace's scenario replayed through the simulated browser and gateway, with
 * the summary at the top, then per request the sequence diagram, Chromium's console line, what the
 * script sees, the traces and the causes. Running changes nothing, so the read-only link runs too;
 * only the edit link offers to apply a fix.
 */
@Controller
class RunController {

	static final String VIEW = "simulation/run";

	private final WorkspaceAccess access;

	private final ScenarioRun run;

	RunController(WorkspaceAccess access, ScenarioRun run) {
		this.access = access;
		this.run = run;
	}

	/**
	 * Runs the newest revision's scenario.
	 * @param fixed the revision an applied fix created, for the notice; 0 for none
	 */
	@GetMapping("/{mode:w|v}/{id}/run")
	String run(@PathVariable String mode, @PathVariable String id, @RequestParam(defaultValue = "0") int fixed,
			Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		RunAttempt attempt = this.run.run(workspace.files());
		model.addAttribute("ws", workspace);
		model.addAttribute("attempt", attempt);
		model.addAttribute("fixed", fixed);
		attempt.report().ifPresent((report) -> model.addAttribute("report", report));
		return VIEW;
	}

}
