package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceReader;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The workspace page: the tree of scopes, the editor, and the findings of the open document.
 * Opened through the read-only link it shows the same without anything that changes the workspace.
 */
@Controller
class WorkspaceController {

	static final String VIEW = "workspace";

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	private final WorkspaceReader reader;

	private final DocumentChecker checker;

	private final WorkspaceFindings findings;

	private final SampleCopies copies;

	WorkspaceController(WorkspaceAccess access, WorkspaceStore store, WorkspaceReader reader, DocumentChecker checker,
			WorkspaceFindings findings, SampleCopies copies) {
		this.access = access;
		this.store = store;
		this.reader = reader;
		this.checker = checker;
		this.findings = findings;
		this.copies = copies;
	}

	@GetMapping("/{mode:w|v}/{id}")
	String show(@PathVariable String mode, @PathVariable String id, @RequestParam(required = false) @Nullable String file,
			@RequestParam(defaultValue = "0") int line, @RequestParam(defaultValue = "0") int saved,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		if (workspace.editable()) {
			RecentWorkspaces.remember(request, response, workspace.summary().editId());
		}
		return render(workspace, (file != null) ? file : defaultFile(workspace), line, saved, model, FormErrors.NONE);
	}

	@PostMapping(path = "/w/{editId}/check", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	CheckResult check(@PathVariable String editId, @RequestBody CheckRequest check) {
		this.store.byEditId(editId).orElseThrow(() -> new NotFoundException(WorkspaceAccess.NOT_FOUND));
		String path = (check.path() != null) ? check.path() : "";
		String content = (check.content() != null) ? check.content() : "";
		return new CheckResult(this.checker.check(path, content));
	}

	@PostMapping("/w/{editId}/files")
	String save(@PathVariable String editId, @Valid FileForm form, BindingResult result, HttpServletResponse response,
			Model model) {
		OpenWorkspace workspace = this.access.edit(editId);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(workspace, form.pathValue().isEmpty() ? defaultFile(workspace) : form.pathValue(), 0, 0, model,
					FormErrors.of(result));
		}
		byte[] content = form.contentValue().getBytes(StandardCharsets.UTF_8);
		var saved = this.store
			.save(editId, workspace.files().with(form.pathValue(), content), form.messageOr("Edited " + form.pathValue()))
			.orElseThrow(() -> new NotFoundException(WorkspaceAccess.NOT_FOUND));
		return "redirect:/w/" + editId + "?file=" + encode(form.pathValue()) + "&saved=" + saved.currentRevision();
	}

	@PostMapping("/w/{editId}/files/delete")
	String delete(@PathVariable String editId, @RequestParam String path) {
		OpenWorkspace workspace = this.access.edit(editId);
		if (!workspace.files().paths().contains(path)) {
			throw new NotFoundException("The workspace has no file " + path + ".");
		}
		this.store.save(editId, workspace.files().without(path), "Deleted " + path);
		return "redirect:/w/" + editId;
	}

	private String render(OpenWorkspace workspace, String file, int line, int saved, Model model, FormErrors errors) {
		Workspace read = this.reader.read(workspace.files());
		EditorDocument document = EditorDocument.open(workspace.files(), file);
		List<Finding> all = this.findings.all(workspace.files(), read);
		model.addAttribute("ws", workspace);
		model.addAttribute("tree", ScopeTree.of(workspace.files(), read));
		model.addAttribute("doc", document);
		model.addAttribute("line", line);
		model.addAttribute("saved", saved);
		model.addAttribute("findings", all.stream().filter((finding) -> finding.file().equals(file)).toList());
		model.addAttribute("findingCount", all.size());
		model.addAttribute("errors", errors);
		// a copy of a training sample links to its exercise (goal, hints, check)
		model.addAttribute("exercise", workspace.editable() ? this.copies.sampleOf(workspace.summary()).orElse(null) : null);
		model.addAttribute("viewLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/v/" + workspace.summary().viewId())
			.toUriString());
		return VIEW;
	}

	private static String defaultFile(OpenWorkspace workspace) {
		return workspace.files().paths().contains("policy.xml") || workspace.files().size() == 0 ? "policy.xml"
				: workspace.files().paths().first();
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
