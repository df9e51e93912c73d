package dev.policysim.analysis.rule;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.ScopeDocument;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.CutOff;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;

/**
 * {@code base-missing}: a section of a product, API or operation without {@code <base/>}, which
 * inherits nothing from the broader scopes for that section. A warning; an error when, in some
 * context, it cuts off a cors or a security policy ({@code validate-jwt}, {@code ip-filter},
 * {@code check-header}, {@code rate-limit*}, {@code quota*}) of a broader scope. The message names
 * what is cut off, gathered from the cut-offs of every effective policy.
 *
 * <pre>{@code
 * bad:  <inbound><set-backend-service base-url="https://v2.contoso.net" /></inbound>
 * good: <inbound><base /><set-backend-service base-url="https://v2.contoso.net" /></inbound>
 * }</pre>
 */
public final class BaseMissing implements Rule {

	private static final RuleInfo INFO = new RuleInfo("base-missing", Severity.WARNING,
			"A section does not inherit the broader scopes' policies",
			"<base/> in a section inserts the same section of the next broader scope (operation, API, product, "
					+ "global). A section without it inherits nothing: \"If you remove the base element at the API "
					+ "scope, only policies configured at the API scope will be applied\". Dropping it from one API "
					+ "silently switches off a global cors (the browser then blocks every answer), a product's rate "
					+ "limit or an ip-filter, for that API only and for that section only. Microsoft's advice, the "
					+ "PSRule rule Azure.APIM.PolicyBase and the built-in Azure Policy all ask for <base/> in every "
					+ "section below global. An error when it cuts off a cors or a security policy.",
			List.of(References.POLICIES, References.SET_EDIT, References.CORS),
			"""
					<policies>
					  <inbound>
					    <set-backend-service base-url="https://orders-v2.contoso-internal.net/api" />
					  </inbound>
					</policies>""",
			"""
					<policies>
					  <inbound>
					    <base />
					    <set-backend-service base-url="https://orders-v2.contoso-internal.net/api" />
					  </inbound>
					</policies>""",
			"Add <base /> to the section, as its first element unless the broader policies must run after this "
					+ "scope's (a cors of a broader scope should still come first overall).");

	private static final Set<ScopeKind> CHECKED = EnumSet.of(ScopeKind.PRODUCT, ScopeKind.API, ScopeKind.OPERATION);

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		Map<SourceLocation, Cut> cuts = cuts(input);
		for (ScopeDocument document : input.documents()) {
			if (!CHECKED.contains(document.scope().kind())) {
				continue;
			}
			// the reader accepts only sections in <policies>, each once
			for (PolicyNode node : document.document().root().children()) {
				if (node instanceof PolicyElement section) {
					section(document, section, cuts, findings);
				}
			}
		}
	}

	private static void section(ScopeDocument document, PolicyElement section, Map<SourceLocation, Cut> cuts,
			FindingCollector findings) {
		Optional<SectionName> name = SectionName.fromXmlName(section.name());
		if (name.isEmpty() || hasBase(section)) {
			return;
		}
		SourceLocation at = new SourceLocation(document.document().file(), section.position());
		report(document, section, name.get(), cuts.getOrDefault(at, new Cut()), findings);
	}

	private static boolean hasBase(PolicyElement section) {
		for (PolicyNode node : section.children()) {
			if (node instanceof PolicyElement element && element.isBase()) {
				return true;
			}
		}
		return false;
	}

	private static void report(ScopeDocument document, PolicyElement section, SectionName name, Cut cut,
			FindingCollector findings) {
		String subject = "<" + name + "> of " + document.document().file() + " (line " + section.position().line()
				+ ") has no <base/>";
		String message;
		if (!cut.guarded.isEmpty()) {
			message = subject + ", so it cuts off " + String.join(", ", cut.guarded) + " " + FindingCollector.CONTEXTS
					+ (cut.guarded.stream().anyMatch((text) -> text.startsWith("cors "))
							? "; without the cors, browsers block every answer of these requests." : ".");
		}
		else if (!cut.scopes.isEmpty()) {
			message = subject + ", so it cuts off the " + name + " policies of " + String.join(", ", cut.scopes) + " "
					+ FindingCollector.CONTEXTS + ".";
		}
		else {
			message = subject + ": it inherits nothing from the broader scopes, so their " + name + " policies, "
					+ "today's and any added later (a global cors, a product's rate limit), do not run here.";
		}
		Severity severity = cut.guarded.isEmpty() ? Severity.WARNING : Severity.ERROR;
		findings.report(INFO, severity, document.location(section.position()), cut.contexts, message,
				"Add <base /> to <" + name + "> in " + document.document().file() + ", as its first element unless "
						+ "the broader policies must run after this scope's.");
	}

	/** What each section without {@code <base/>} cuts off, over every context. */
	private static Map<SourceLocation, Cut> cuts(AnalysisInput input) {
		Map<SourceLocation, Cut> cuts = new HashMap<>();
		Map<ScopeSection, List<String>> guarded = new HashMap<>();
		for (EffectivePolicy policy : input.policiesWithCutOffs()) {
			for (CutOff cutOff : policy.cutOffs()) {
				Cut cut = cuts.computeIfAbsent(cutOff.cause(), (key) -> new Cut());
				cut.contexts.add(policy.context());
				cut.scopes.add(cutOff.scope().toString());
				cut.guarded.addAll(guarded.computeIfAbsent(new ScopeSection(cutOff.scope(), cutOff.section()),
						(key) -> GuardedPolicies.in(input, key.scope(), policy.context().api(), key.section())));
			}
		}
		return cuts;
	}

	private record ScopeSection(Scope scope, SectionName section) {
	}

	/** What one section without {@code <base/>} cuts off. */
	private static final class Cut {

		private final Set<PolicyContext> contexts = new LinkedHashSet<>();

		private final Set<String> scopes = new LinkedHashSet<>();

		private final Set<String> guarded = new LinkedHashSet<>();

		private Cut() {
		}

	}

}
