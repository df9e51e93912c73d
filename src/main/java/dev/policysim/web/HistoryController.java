package dev.policysim.web;

import java.nio.charset.StandardCharsets;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A workspace's revisions: the list, the diff between two, restoring one, and the zip export. */
@Controller
class HistoryController {

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	HistoryController(WorkspaceAccess access, WorkspaceStore store) {
		this.access = access;
		this.store = store;
	}

	@GetMapping("/{mode:w|v}/{id}/history")
	String history(@PathVariable String mode, @PathVariable String id, Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		model.addAttribute("ws", workspace);
		model.addAttribute("revisions", this.store.history(workspace.summary()));
		return "history";
	}

	@GetMapping("/{mode:w|v}/{id}/diff")
	String diff(@PathVariable String mode, @PathVariable String id, @RequestParam int from, @RequestParam int to,
			Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		model.addAttribute("ws", workspace);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("diffs", RevisionDiff.between(revision(workspace, from), revision(workspace, to)));
		return "diff";
	}

	@PostMapping("/w/{editId}/revisions/{number}/restore")
	String restore(@PathVariable String editId, @PathVariable int number) {
		this.access.edit(editId);
		var restored = this.store.restore(editId, number)
			.orElseThrow(() -> new NotFoundException("There is no revision " + number + " of this workspace."));
		return "redirect:/w/" + editId + "/history?restored=" + restored.currentRevision();
	}

	@GetMapping("/{mode:w|v}/{id}/export.zip")
	ResponseEntity<byte[]> export(@PathVariable String mode, @PathVariable String id,
			@RequestParam(defaultValue = "0") int revision) {
		OpenWorkspace workspace = this.access.open(mode, id);
		int number = (revision > 0) ? revision : workspace.summary().currentRevision();
		String fileName = workspace.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-r" + number + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(revision(workspace, number).toZip());
	}

	private WorkspaceFiles revision(OpenWorkspace workspace, int number) {
		return this.store.files(workspace.summary(), number)
			.orElseThrow(() -> new NotFoundException("There is no revision " + number + " of this workspace."));
	}

}
