package dev.policysim.web.rules;

import java.util.List;

import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Rules;
import dev.policysim.web.NotFoundException;

/**
 * The rule documentation the pages show: every static rule and every simulator-only cause, looked
 * up by id in the analyzer's one registry so the pages never disagree with {@code lint}.
 */
public final class KnownRules {

	private KnownRules() {
	}

	/**
	 * The documentation of an id, or a 404.
	 * @param id a rule id from rules.md
	 * @return its documentation
	 * @throws NotFoundException when no rule or cause has that id
	 */
	public static RuleInfo require(String id) {
		return Rules.info(id)
			.orElseThrow(() -> new NotFoundException("There is no rule called " + id + ". Every rule is listed at /rules."));
	}

	/** The static rules, in report order. */
	static List<RuleInfo> staticRules() {
		return Rules.all().stream().map(Rule::info).toList();
	}

	/** The causes only the simulator reports. */
	static List<RuleInfo> simulatorCauses() {
		return Rules.simulatorCauses();
	}

}
