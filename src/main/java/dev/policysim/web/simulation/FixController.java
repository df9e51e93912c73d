package dev.policysim.web.simulation;

import java.util.List;

import dev.policysim.simulation.RequestResult;
import dev.policysim.simulation.cause.Cause;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.web.NotFoundException;
import dev.policysim.web.OpenWorkspace;
import dev.policysim.web.WorkspaceAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Apply fix: shows the diff a cause's mechanical fix makes and, once confirmed, saves it as a new
 * revision and runs the scenario again. The fix is worked out anew from the newest revision each
 * time instead of being carried in the form, so a tampered form cannot write arbitrary files.
 */
@Controller
class FixController {

	static final String VIEW = "simulation/fix";

	static final String GONE = "This fix does not apply to the newest revision any more; run the scenario again.";

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	private final ScenarioRun run;

	FixController(WorkspaceAccess access, WorkspaceStore store, ScenarioRun run) {
		this.access = access;
		this.store = store;
		this.run = run;
	}

	@GetMapping("/w/{editId}/fix")
	String show(@PathVariable String editId, @RequestParam int request, @RequestParam int repeat,
			@RequestParam int cause, Model model) {
		OpenWorkspace workspace = this.access.edit(editId);
		FixProposal proposal = proposal(workspace, request, repeat, cause);
		model.addAttribute("ws", workspace);
		model.addAttribute("proposal", proposal);
		model.addAttribute("request", request);
		model.addAttribute("repeat", repeat);
		model.addAttribute("cause", cause);
		model.addAttribute("revision", workspace.summary().currentRevision());
		return VIEW;
	}

	/**
	 * Applies the fix the user saw.
	 * @param revision the revision the diff was shown for; when the workspace moved on since, the
	 * diff is shown again for the newest one instead of applying something the user did not see
	 */
	@PostMapping("/w/{editId}/fix")
	String apply(@PathVariable String editId, @RequestParam int request, @RequestParam int repeat,
			@RequestParam int cause, @RequestParam int revision) {
		OpenWorkspace workspace = this.access.edit(editId);
		String again = "/w/" + editId + "/fix?request=" + request + "&repeat=" + repeat + "&cause=" + cause;
		if (workspace.summary().currentRevision() != revision) {
			return "redirect:" + again + "&moved=" + revision;
		}
		FixProposal proposal = proposal(workspace, request, repeat, cause);
		WorkspaceSummary saved = this.store.save(editId, proposal.after(), proposal.message())
			.orElseThrow(() -> new NotFoundException(GONE));
		return "redirect:/w/" + editId + "/run?fixed=" + saved.currentRevision();
	}

	private FixProposal proposal(OpenWorkspace workspace, int request, int repeat, int index) {
		RequestResult result = this.run.send(workspace.files(), request, repeat)
			.orElseThrow(() -> new NotFoundException(GONE));
		List<Cause> causes = result.diagnosis().causes();
		if (index < 0 || index >= causes.size() || causes.get(index).patches().isEmpty()) {
			throw new NotFoundException(GONE);
		}
		return FixProposal.of(index, causes.get(index), workspace.files());
	}

}
