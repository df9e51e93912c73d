package dev.policysim.web;

import java.util.List;
import java.util.Locale;

import dev.policysim.analysis.RuleInfo;
import dev.policysim.web.rules.KnownRules;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All findings of a workspace, filterable by rule, severity and scope, each linking to its line;
 * and a page per rule. A thin adapter over {@link WorkspaceFindings}.
 */
@Controller
class FindingsController {

	private final WorkspaceAccess access;

	private final WorkspaceReader reader;

	private final WorkspaceFindings findings;

	FindingsController(WorkspaceAccess access, WorkspaceReader reader, WorkspaceFindings findings) {
		this.access = access;
		this.reader = reader;
		this.findings = findings;
	}

	/**
	 * The findings page. Checking every context of a large workspace takes a while, so the page
	 * comes at once with a progress indicator and htmx fetches the results; without JavaScript a
	 * link asks for them inline.
	 */
	@GetMapping("/{mode:w|v}/{id}/findings")
	String list(@PathVariable String mode, @PathVariable String id, @RequestParam(defaultValue = "") String rule,
			@RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String scope,
			@RequestParam(defaultValue = "false") boolean inline,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		model.addAttribute("ws", workspace);
		model.addAttribute("rule", rule);
		model.addAttribute("severity", severity);
		model.addAttribute("scope", scope);
		if (!inline && !htmx) {
			return "findings";
		}
		List<Finding> all = this.findings.all(workspace.files(), this.reader.read(workspace.files()));
		List<Finding> shown = all.stream()
			.filter((finding) -> rule.isEmpty() || finding.rule().equals(rule))
			.filter((finding) -> severity.isEmpty() || finding.severity().equals(severity))
			.filter((finding) -> scope.isEmpty()
					|| finding.scope().toLowerCase(Locale.ROOT).contains(scope.toLowerCase(Locale.ROOT))
					|| finding.file().contains(scope))
			.toList();
		model.addAttribute("findings", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("ruleIds", all.stream().map(Finding::rule).distinct().sorted().toList());
		return htmx ? "findings :: results" : "findings";
	}

	/**
	 * A rule's page inside a workspace: what the rule detects and why, with its snippets and fix,
	 * then its findings in this workspace. An id that is neither a rule nor a simulator cause is a 404.
	 */
	@GetMapping("/{mode:w|v}/{id}/rules/{rule}")
	String rule(@PathVariable String mode, @PathVariable String id, @PathVariable String rule, Model model) {
		OpenWorkspace workspace = this.access.open(mode, id);
		RuleInfo info = KnownRules.require(rule);
		Workspace read = this.reader.read(workspace.files());
		model.addAttribute("ws", workspace);
		model.addAttribute("rule", rule);
		model.addAttribute("info", info);
		model.addAttribute("findings", this.findings.all(workspace.files(), read)
			.stream()
			.filter((finding) -> finding.rule().equals(rule))
			.toList());
		return "rule";
	}

}
