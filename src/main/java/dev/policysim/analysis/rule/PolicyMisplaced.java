package dev.policysim.analysis.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyInfo;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;

/**
 * {@code policy-misplaced}: a policy in a section or at a scope where API Management does not
 * allow it, after the "Usage" block of each policy's reference page ({@link PolicyCatalogue}): a
 * cors outside inbound, a rate-limit at global scope, a forward-request outside backend. A
 * fragment's policies are judged where each {@code include-fragment} puts them. Also a
 * {@code <base/>} nested inside another policy, where it inherits nothing. (Elements directly in
 * {@code <policies>} that are no section, and sections written twice, make the file unreadable:
 * {@code xml-invalid}.)
 *
 * <pre>{@code
 * bad:  <outbound><cors>...</cors></outbound>
 * good: <inbound><cors>...</cors><base /></inbound>
 * }</pre>
 */
public final class PolicyMisplaced implements Rule {

	private static final RuleInfo INFO = new RuleInfo("policy-misplaced", Severity.ERROR,
			"A policy stands in a section or scope where API Management does not allow it",
			"Each policy's reference page lists the sections (inbound, backend, outbound, on-error) and scopes "
					+ "(global, workspace, product, API, operation) it may be used in. Elsewhere API Management "
					+ "refuses to save the document, or the policy cannot do its job: cors only works in inbound, "
					+ "forward-request only in backend, rate-limit counts per subscription and is not allowed at "
					+ "global scope, quota only at product scope. A fragment's policies land wherever it is "
					+ "included, so they are checked there.",
			List.of(References.REFERENCE, References.POLICIES, References.ERRORS),
			"""
					<policies>
					  <inbound>
					    <base />
					  </inbound>
					  <outbound>
					    <base />
					    <cors>
					      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					    </cors>
					  </outbound>
					</policies>""",
			"""
					<policies>
					  <inbound>
					    <cors>
					      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					    </cors>
					    <base />
					  </inbound>
					  <outbound>
					    <base />
					  </outbound>
					</policies>""",
			"Move the policy to a section and scope its reference page allows (the message names them), or "
					+ "replace it with the policy meant for that place (rate-limit-by-key at global scope).");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (String name : input.siteNames()) {
			// one catalogue lookup per name, however many sites carry it
			Optional<PolicyInfo> known = PolicyCatalogue.lookup(name);
			for (PolicySite site : input.sites(name)) {
				if (site.section().isPresent() && site.scope().isPresent()) {
					site(site, known, findings);
				}
			}
		}
	}

	private static void site(PolicySite site, Optional<PolicyInfo> known, FindingCollector findings) {
		if (site.element().isBase()) {
			if (site.nested() && site.fragment().isEmpty()) {
				findings.report(INFO, site.location(), "<base/> at " + site.source() + " stands inside "
						+ site.enclosing().get(site.enclosing().size() - 1).name()
						+ "; it inherits the broader scopes' policies only as a direct child of a section, so here "
						+ "it does nothing.");
			}
			return;
		}
		if (known.isEmpty()) {
			return;
		}
		SectionName section = site.section().orElseThrow();
		ScopeKind scope = site.scope().orElseThrow().kind();
		if (!known.get().allowedIn(section)) {
			findings.report(INFO, site.location(), site.name() + " at " + site.source() + " runs "
					+ site.whereItRuns() + ", but API Management allows " + site.name() + " only in "
					+ names(known.get().sections()) + ".");
		}
		else if (!known.get().allowedAt(scope)) {
			findings.report(INFO, site.location(), site.name() + " at " + site.source() + " runs "
					+ site.whereItRuns() + ", but API Management allows " + site.name() + " only at "
					+ names(known.get().scopes()) + " scope.");
		}
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Object::toString).collect(Collectors.joining(", "));
	}

}
