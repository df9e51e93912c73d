package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The home page: this browser's workspaces, a new one, an import, and the training samples. */
@Controller
class HomeController {

	/** A new workspace starts with a global policy that passes every request on, as APIM's default does. */
	static final String DEFAULT_GLOBAL_POLICY = """
			<policies>
				<inbound>
				</inbound>
				<backend>
					<forward-request />
				</backend>
				<outbound>
				</outbound>
				<on-error>
				</on-error>
			</policies>
			""";

	private final WorkspaceStore store;

	private final SampleCopies copies;

	private final HomeModel home;

	HomeController(WorkspaceStore store, SampleCopies copies, HomeModel home) {
		this.store = store;
		this.copies = copies;
		this.home = home;
	}

	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		return this.home.render(request, model, new NameForm(""), FormErrors.NONE, FormErrors.NONE);
	}

	@PostMapping("/workspaces")
	String create(@Valid NameForm form, BindingResult result, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return this.home.render(request, model, form, FormErrors.of(result), FormErrors.NONE);
		}
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("policy.xml", DEFAULT_GLOBAL_POLICY.getBytes(StandardCharsets.UTF_8)));
		WorkspaceSummary created = this.store.create(form.value(), files, "Created");
		RecentWorkspaces.remember(request, response, created.editId());
		return "redirect:/w/" + created.editId();
	}

	@PostMapping("/samples/{name}")
	String openSample(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
		return "redirect:/w/" + this.copies.copy(name, request, response).editId();
	}

}
