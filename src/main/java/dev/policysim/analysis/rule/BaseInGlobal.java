package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.ScopeDocument;
import dev.policysim.analysis.Severity;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;

/**
 * {@code base-in-global}: {@code <base/>} in the global policy, which has no broader scope: "A
 * globally scoped policy has no parent scope, and using the base element in it has no effect."
 *
 * <pre>{@code
 * bad:  policy.xml: <inbound><base /><cors>...</cors></inbound>
 * good: policy.xml: <inbound><cors>...</cors></inbound>
 * }</pre>
 */
public final class BaseInGlobal implements Rule {

	private static final RuleInfo INFO = new RuleInfo("base-in-global", Severity.INFO,
			"<base/> at global scope has no effect",
			"The global (All APIs) policy is the broadest scope: \"A globally scoped policy has no parent scope, "
					+ "and using the base element in it has no effect.\" It does no harm, but it suggests that "
					+ "something broader is inherited when nothing is.",
			List.of(References.SET_EDIT),
			"""
					<!-- policy.xml -->
					<policies>
					  <inbound>
					    <base />
					    <cors>...</cors>
					  </inbound>
					</policies>""",
			"""
					<!-- policy.xml -->
					<policies>
					  <inbound>
					    <cors>...</cors>
					  </inbound>
					</policies>""",
			"Remove <base /> from the global policy.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (ScopeDocument document : input.documents()) {
			if (document.scope().kind() != ScopeKind.GLOBAL) {
				continue;
			}
			for (PolicyElement section : document.document().root().elements()) {
				if (SectionName.fromXmlName(section.name()).isEmpty()) {
					continue;
				}
				for (PolicyElement base : section.elements(PolicyElement.BASE)) {
					findings.report(INFO, document.location(base.position()), "<base/> in <" + section.name() + "> of "
							+ document.document().file() + " (line " + base.position().line()
							+ ") does nothing: the global policy has no broader scope to inherit from.");
				}
			}
		}
	}

}
