package dev.policysim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicyXml;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.UnknownNameException;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The effective policy of an API or operation, one tab per product context (each product that
 * contains the API, and no product), and a compare view of two contexts side by side. This is what
 * the portal's "Calculate effective policy" cannot show: the product dimension, where each element
 * comes from, and why a broader scope's policies are missing.
 */
@Controller
class EffectivePolicyController {

	private final WorkspaceAccess access;

	private final WorkspaceReader reader;

	private final EffectivePolicyCalculator calculator;

	private final EffectivePolicyXml xml;

	EffectivePolicyController(WorkspaceAccess access, WorkspaceReader reader, EffectivePolicyCalculator calculator,
			EffectivePolicyXml xml) {
		this.access = access;
		this.reader = reader;
		this.calculator = calculator;
		this.xml = xml;
	}

	@GetMapping("/{mode:w|v}/{id}/effective")
	String show(@PathVariable String mode, @PathVariable String id, @RequestParam(defaultValue = "") String api,
			@RequestParam(defaultValue = "") String operation, @RequestParam(defaultValue = "") String product,
			Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		Workspace read = this.reader.read(workspace.files());
		model.addAttribute("ws", workspace);
		if (read.apis().isEmpty()) {
			return "effective";
		}
		PolicyContext context = context(read, api, operation, product);
		EffectivePolicy policy = this.calculator.calculate(read, context);
		selection(model, read, context);
		model.addAttribute("view", EffectiveView.of(policy, workspace.base()));
		model.addAttribute("problems", policy.problems());
		model.addAttribute("xml", this.xml.write(policy));
		return "effective";
	}

	@GetMapping("/{mode:w|v}/{id}/effective/compare")
	String compare(@PathVariable String mode, @PathVariable String id, @RequestParam String api,
			@RequestParam(defaultValue = "") String operation, @RequestParam(defaultValue = "") String left,
			@RequestParam(defaultValue = "") String right, Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		Workspace read = this.reader.read(workspace.files());
		PolicyContext leftContext = context(read, api, operation, left);
		PolicyContext rightContext = context(read, api, operation, right);
		List<EffectiveView> views = EffectiveView.compare(
				EffectiveView.of(this.calculator.calculate(read, leftContext), workspace.base()),
				EffectiveView.of(this.calculator.calculate(read, rightContext), workspace.base()));
		model.addAttribute("ws", workspace);
		selection(model, read, leftContext);
		model.addAttribute("left", views.get(0));
		model.addAttribute("right", views.get(1));
		model.addAttribute("leftProduct", left);
		model.addAttribute("rightProduct", right);
		return "effective-compare";
	}

	private PolicyContext context(Workspace read, String api, String operation, String product) {
		String apiName = api.isEmpty() ? read.apis().get(0).name() : api;
		try {
			return this.calculator.context(read, apiName, optional(operation), optional(product));
		}
		catch (UnknownNameException ex) {
			throw new NotFoundException(ex.getMessage());
		}
	}

	private static void selection(Model model, Workspace read, PolicyContext context) {
		Api api = read.api(context.api()).orElseThrow();
		List<ContextTab> tabs = new ArrayList<>();
		tabs.add(new ContextTab("No product", "", context.product().isEmpty()));
		read.productsContaining(api.name())
			.forEach((product) -> tabs.add(new ContextTab("Product " + product.name(), product.name(),
					context.product().filter(product.name()::equals).isPresent())));
		model.addAttribute("apis", read.apis());
		model.addAttribute("api", api);
		model.addAttribute("operation", context.operation().orElse(""));
		model.addAttribute("product", context.product().orElse(""));
		model.addAttribute("tabs", tabs);
	}

	private static Optional<String> optional(String value) {
		return value.isBlank() ? Optional.empty() : Optional.of(value);
	}

}
