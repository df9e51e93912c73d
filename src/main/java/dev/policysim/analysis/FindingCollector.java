package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.policysim.effective.PolicyContext;
import dev.policysim.policy.Position;

/**
 * Collects what the rules report. A problem seen in many effective policies is reported by a rule
 * once per context; the collector keeps one finding per rule and source element and accumulates
 * the contexts where it bites, so a global policy shared by 30 000 contexts gives one finding.
 *
 * <p>A message may contain {@link #CONTEXTS}, which becomes a short description of those contexts
 * once all are known ("for API orders (4 operations) under product starter"). When the same
 * element is reported again, the first message is kept and the most severe severity wins.
 *
 * <p>Confined to one analysis run.
 */
public final class FindingCollector {

	/** Stands in a message for the contexts where the problem bites. */
	public static final String CONTEXTS = "{contexts}";

	private final Map<Key, Draft> drafts = new LinkedHashMap<>();

	/**
	 * Reports a problem that does not depend on the request context, with the rule's severity and fix.
	 * @param rule the rule
	 * @param at the element or file at fault
	 * @param message what is wrong
	 */
	public void report(RuleInfo rule, FindingLocation at, String message) {
		report(rule, rule.severity(), at, List.of(), message, rule.fix());
	}

	/**
	 * Reports a problem seen in one context, with the rule's severity and fix.
	 * @param rule the rule
	 * @param at the source element at fault
	 * @param context where it bites
	 * @param message what is wrong; may contain {@link #CONTEXTS}
	 */
	public void report(RuleInfo rule, FindingLocation at, PolicyContext context, String message) {
		report(rule, rule.severity(), at, List.of(context), message, rule.fix());
	}

	/**
	 * Reports a problem seen in one context, building the message only the first time the element
	 * is reported: rules that run per context report the same element thousands of times.
	 * @param rule the rule
	 * @param at the source element at fault
	 * @param context where it bites
	 * @param message what is wrong; may contain {@link #CONTEXTS}
	 */
	public void report(RuleInfo rule, FindingLocation at, PolicyContext context, Supplier<String> message) {
		Draft draft = this.drafts.get(new Key(rule.id(), at.file(), at.position()));
		if (draft != null) {
			draft.contexts.add(context);
			return;
		}
		report(rule, at, context, message.get());
	}

	/**
	 * Reports a problem with everything spelled out.
	 * @param rule the rule
	 * @param severity the severity of this occurrence
	 * @param at the source element at fault
	 * @param contexts where it bites; empty when it does not depend on the request
	 * @param message what is wrong; may contain {@link #CONTEXTS}
	 * @param fix how to fix it
	 */
	public void report(RuleInfo rule, Severity severity, FindingLocation at, Collection<PolicyContext> contexts,
			String message, String fix) {
		Key key = new Key(rule.id(), at.file(), at.position());
		Draft draft = this.drafts.get(key);
		if (draft == null) {
			draft = new Draft(rule.id(), at, message, fix, severity);
			this.drafts.put(key, draft);
		}
		draft.severity = draft.severity.max(severity);
		draft.contexts.addAll(contexts);
	}

	/**
	 * The findings, in the order first reported, their messages completed.
	 * @return one finding per rule and source element
	 */
	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>(this.drafts.size());
		for (Draft draft : this.drafts.values()) {
			List<PolicyContext> contexts = List.copyOf(draft.contexts);
			String message = draft.message.contains(CONTEXTS)
					? draft.message.replace(CONTEXTS, ContextSummary.describe(contexts)) : draft.message;
			findings.add(new Finding(draft.rule, draft.severity, message, draft.at.file(),
					draft.at.position(), draft.at.scope(), contexts, draft.fix));
		}
		return findings;
	}

	private record Key(String rule, String file, Position position) {
	}

	private static final class Draft {

		private final String rule;

		private final FindingLocation at;

		private final String message;

		private final String fix;

		private final Set<PolicyContext> contexts = new LinkedHashSet<>();

		private Severity severity;

		Draft(String rule, FindingLocation at, String message, String fix, Severity severity) {
			this.rule = rule;
			this.at = at;
			this.message = message;
			this.fix = fix;
			this.severity = severity;
		}

	}

}
