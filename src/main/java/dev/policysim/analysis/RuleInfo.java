package dev.policysim.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What a rule detects and why, shown on the rule's page in the app, in the SARIF help text and
 * next to a simulator cause. Ids are stable: CI pipelines suppress and count them.
 *
 * @param id the stable id from rules.md, e.g. {@code cors-not-first}
 * @param severity the default severity (a workspace's {@code policysim.json} may change it)
 * @param title one line saying what is wrong
 * @param rationale why it matters, in plain words
 * @param references Microsoft's documentation (and where needed the browser's), most relevant
 * first; never empty
 * @param bad a policy snippet that has the problem
 * @param good the same snippet fixed
 * @param fix how to fix it, in words
 */
public record RuleInfo(String id, Severity severity, String title, String rationale, List<String> references,
		String bad, String good, String fix) {

	public RuleInfo {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(rationale, "rationale");
		references = List.copyOf(references);
		Objects.requireNonNull(bad, "bad");
		Objects.requireNonNull(good, "good");
		Objects.requireNonNull(fix, "fix");
		if (references.isEmpty()) {
			throw new IllegalArgumentException("rule " + id + " needs at least one reference");
		}
	}

}
