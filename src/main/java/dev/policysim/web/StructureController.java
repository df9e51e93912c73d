package dev.policysim.web;

import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Products, APIs, operations and product membership, created, renamed and deleted through forms.
 * Each change is an edit of the file tree saved as a new revision; a refused change re-renders the
 * page with the message next to the field of the form that caused it.
 */
@Controller
class StructureController {

	static final String VIEW = "structure";

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	private final WorkspaceReader reader;

	StructureController(WorkspaceAccess access, WorkspaceStore store, WorkspaceReader reader) {
		this.access = access;
		this.store = store;
		this.reader = reader;
	}

	@GetMapping("/w/{editId}/structure")
	String show(@PathVariable String editId, Model model) {
		return render(this.access.edit(editId), "", FormErrors.NONE, model);
	}

	@PostMapping("/w/{editId}/name")
	String rename(@PathVariable String editId, @Valid NameForm form, BindingResult result, HttpServletResponse response,
			Model model) {
		if (result.hasErrors()) {
			return refused(this.access.edit(editId), "workspace-name", FormErrors.of(result), response, model);
		}
		this.store.rename(editId, form.value());
		return "redirect:/w/" + editId + "/structure";
	}

	@PostMapping("/w/{editId}/products")
	String createProduct(@PathVariable String editId, @Valid ProductForm form, BindingResult result,
			HttpServletResponse response, Model model) {
		String name = String.valueOf(form.name());
		return change(editId, "new-product", result, response, model, "Created product " + name,
				(files) -> StructureEdits.createProduct(files, form, name));
	}

	@PostMapping("/w/{editId}/apis")
	String createApi(@PathVariable String editId, @Valid ApiForm form, BindingResult result, HttpServletResponse response,
			Model model) {
		return change(editId, "new-api", result, response, model, "Created API " + form.nameValue(),
				(files) -> StructureEdits.createApi(files, form));
	}

	@PostMapping("/w/{editId}/apis/{api}/settings")
	String updateApi(@PathVariable String editId, @PathVariable String api, @Valid ApiForm form, BindingResult result,
			HttpServletResponse response, Model model) {
		return change(editId, "api-" + api, result, response, model, "Changed API " + api,
				(files) -> StructureEdits.updateApi(existing(files, "apis", api), api, form));
	}

	@PostMapping("/w/{editId}/{kind:products|apis}/{name}/rename")
	String renameResource(@PathVariable String editId, @PathVariable String kind, @PathVariable String name,
			@Valid RenameForm form, BindingResult result, HttpServletResponse response, Model model) {
		return change(editId, "rename-" + kind + "-" + name, result, response, model,
				"Renamed " + name + " to " + form.value(),
				(files) -> StructureEdits.rename(existing(files, kind, name), kind, name, form.value()));
	}

	@PostMapping("/w/{editId}/{kind:products|apis}/{name}/delete")
	String deleteResource(@PathVariable String editId, @PathVariable String kind, @PathVariable String name,
			HttpServletResponse response, Model model) {
		return change(editId, "delete-" + name, null, response, model, "Deleted " + name,
				(files) -> StructureEdits.delete(existing(files, kind, name), kind, name));
	}

	@PostMapping("/w/{editId}/products/{product}/members")
	String addMember(@PathVariable String editId, @PathVariable String product, @RequestParam String api,
			HttpServletResponse response, Model model) {
		return change(editId, "members-" + product, null, response, model, "Added " + api + " to " + product,
				(files) -> StructureEdits.addMember(existing(existing(files, "products", product), "apis", api), product, api));
	}

	@PostMapping("/w/{editId}/products/{product}/members/{api}/remove")
	String removeMember(@PathVariable String editId, @PathVariable String product, @PathVariable String api,
			HttpServletResponse response, Model model) {
		return change(editId, "members-" + product, null, response, model, "Removed " + api + " from " + product,
				(files) -> StructureEdits.removeMember(existing(files, "products", product), product, api));
	}

	@PostMapping("/w/{editId}/apis/{api}/operations")
	String addOperation(@PathVariable String editId, @PathVariable String api, @Valid OperationForm form,
			BindingResult result, HttpServletResponse response, Model model) {
		return change(editId, "operations-" + api, result, response, model, "Added operation " + form.name(),
				(files) -> SpecificationEdits.addOperation(existing(files, "apis", api), api, String.valueOf(form.name()),
						String.valueOf(form.method()), String.valueOf(form.urlTemplate())));
	}

	@PostMapping("/w/{editId}/apis/{api}/operations/{operation}/rename")
	String renameOperation(@PathVariable String editId, @PathVariable String api, @PathVariable String operation,
			@Valid RenameForm form, BindingResult result, HttpServletResponse response, Model model) {
		return change(editId, "rename-op-" + api + "-" + operation, result, response, model,
				"Renamed operation " + operation + " to " + form.value(),
				(files) -> SpecificationEdits.renameOperation(existing(files, "apis", api), api, operation, form.value()));
	}

	@PostMapping("/w/{editId}/apis/{api}/operations/{operation}/delete")
	String deleteOperation(@PathVariable String editId, @PathVariable String api, @PathVariable String operation,
			HttpServletResponse response, Model model) {
		return change(editId, "operations-" + api, null, response, model, "Deleted operation " + operation,
				(files) -> SpecificationEdits.removeOperation(existing(files, "apis", api), api, operation));
	}

	private String change(String editId, String formId, @Nullable BindingResult result,
			HttpServletResponse response, Model model, String message, UnaryOperator<WorkspaceFiles> edit) {
		OpenWorkspace workspace = this.access.edit(editId);
		if (result != null && result.hasErrors()) {
			return refused(workspace, formId, FormErrors.of(result), response, model);
		}
		try {
			this.store.save(editId, edit.apply(workspace.files()), message);
		}
		catch (EditRefusedException ex) {
			return refused(workspace, formId, FormErrors.of(ex.field(), ex.getMessage()), response, model);
		}
		return "redirect:/w/" + editId + "/structure";
	}

	private static WorkspaceFiles existing(WorkspaceFiles files, String kind, String name) {
		if (!FileTreeMoves.hasFolder(files, kind + "/" + name + "/")) {
			throw new NotFoundException("The workspace has no " + (kind.equals("apis") ? "API " : "product ") + name + ".");
		}
		return files;
	}

	private String refused(OpenWorkspace workspace, String formId, FormErrors errors, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(workspace, formId, errors, model);
	}

	private String render(OpenWorkspace workspace, String formId, FormErrors errors, Model model) {
		model.addAttribute("ws", workspace);
		model.addAttribute("workspace", this.reader.read(workspace.files()));
		model.addAttribute("formId", formId);
		model.addAttribute("errors", errors);
		return VIEW;
	}

}
