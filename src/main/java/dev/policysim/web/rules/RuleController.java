package dev.policysim.web.rules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rule catalogue outside any workspace: the list of every rule and simulator cause, and a page
 * per rule. Reports (lint text, SARIF help, simulation causes) name these ids, so a user who meets
 * one anywhere can read why it matters and how to fix it.
 */
@Controller
class RuleController {

	@GetMapping("/rules")
	String list(Model model) {
		model.addAttribute("staticRules", KnownRules.staticRules());
		model.addAttribute("causes", KnownRules.simulatorCauses());
		return "rules";
	}

	@GetMapping("/rules/{id}")
	String rule(@PathVariable String id, Model model) {
		model.addAttribute("info", KnownRules.require(id));
		model.addAttribute("simulatorOnly", KnownRules.simulatorCauses().stream().anyMatch((info) -> info.id().equals(id)));
		return "rule-page";
	}

}
