package dev.policysim.web.training;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.policysim.web.NotFoundException;
import dev.policysim.web.OpenWorkspace;
import dev.policysim.web.Sample;
import dev.policysim.web.SampleCatalogue;
import dev.policysim.web.SampleCopies;
import dev.policysim.web.TextPart;
import dev.policysim.web.WorkspaceAccess;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The training pages: the gallery of samples, an exercise's shareable start page, and the exercise
 * itself beside its workspace copy. Plain links and forms, so it all works without JavaScript.
 */
@Controller
class TrainingController {

	/** What each of a sample's three hints gives away (sample-policies/README.md). */
	static final List<String> HINT_NAMES = List.of("the rule", "the element", "the fix");

	private final SampleCatalogue samples;

	private final SampleCopies copies;

	private final WorkspaceAccess access;

	private final ExerciseCheck check;

	TrainingController(SampleCatalogue samples, SampleCopies copies, WorkspaceAccess access, ExerciseCheck check) {
		this.samples = samples;
		this.copies = copies;
		this.access = access;
		this.check = check;
	}

	@GetMapping("/training")
	String gallery(Model model) {
		Map<String, String> lessons = this.samples.lessons();
		model.addAttribute("entries", this.samples.list()
			.stream()
			.map((sample) -> new GalleryEntry(sample, lessons.containsKey(sample.name())
					? TextPart.parse(lessons.get(sample.name())) : sample.summaryParts()))
			.toList());
		return "training/gallery";
	}

	/** The permalink a trainer shares: stable, and each person who starts from it gets a fresh copy. */
	@GetMapping("/training/{name}")
	String start(@PathVariable String name, Model model) {
		Sample sample = sample(name);
		model.addAttribute("sample", sample);
		goal(this.samples.files(name).orElseThrow(), model);
		return "training/start";
	}

	@PostMapping("/training/{name}")
	String begin(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
		return "redirect:/w/" + this.copies.copy(name, request, response).editId() + "/exercise";
	}

	@GetMapping("/w/{editId}/exercise")
	String exercise(@PathVariable String editId, @RequestParam(defaultValue = "0") int hints,
			@RequestParam(defaultValue = "false") boolean check, Model model) {
		OpenWorkspace workspace = this.access.edit(editId);
		Sample sample = this.copies.sampleOf(workspace.summary())
			.orElseThrow(() -> new NotFoundException("This workspace is not a training exercise."));
		Hints all = Hints.of(this.samples.files(sample.name()).flatMap((files) -> files.text("README.md")).orElse(""));
		int shown = Math.max(0, Math.min(hints, all.size()));
		model.addAttribute("ws", workspace);
		model.addAttribute("sample", sample);
		model.addAttribute("hints", all.first(shown));
		model.addAttribute("shown", shown);
		model.addAttribute("hintCount", all.size());
		model.addAttribute("nextHint", all.hasMore(shown) ? hintName(shown) : null);
		model.addAttribute("shareLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/training/" + sample.name())
			.toUriString());
		goal(workspace.files(), model);
		if (check) {
			try {
				model.addAttribute("report", this.check.check(workspace.files()));
			}
			catch (ExerciseProblem ex) {
				model.addAttribute("checkProblem", ex.getMessage());
			}
		}
		return "training/exercise";
	}

	private void goal(WorkspaceFiles files, Model model) {
		try {
			model.addAttribute("goal", this.check.goal(files));
		}
		catch (ExerciseProblem ex) {
			model.addAttribute("goal", List.of());
			model.addAttribute("goalProblem", ex.getMessage());
		}
	}

	private Sample sample(String name) {
		return this.samples.find(name).orElseThrow(() -> new NotFoundException("There is no sample called " + name + "."));
	}

	private static String hintName(int index) {
		return (index < HINT_NAMES.size()) ? HINT_NAMES.get(index) : "hint " + (index + 1);
	}

}
