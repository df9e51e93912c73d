package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.CalculationProblem;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.policy.ScopeKind;

/**
 * {@code base-duplicate}: {@code <base/>} twice in one section of a product, API or operation.
 * What the gateway does then is not documented; the calculator expands the first and ignores the
 * rest (gateway.md §2), and reports the rest. At global scope {@code base-in-global} covers every
 * {@code <base/>}.
 *
 * <pre>{@code
 * bad:  <inbound><base /><set-variable name="a" value="1" /><base /></inbound>
 * good: <inbound><base /><set-variable name="a" value="1" /></inbound>
 * }</pre>
 */
public final class BaseDuplicate implements Rule {

	static final String ID = "base-duplicate";

	private static final RuleInfo INFO = new RuleInfo(ID, Severity.ERROR, "<base/> appears twice in one section",
			"<base/> says where the broader scope's section runs. Microsoft documents one <base/> per section; "
					+ "what the gateway does with a second one is not documented: it may run the broader policies "
					+ "twice (a rate limit counting each call twice, a header appended twice) or reject the "
					+ "document. The simulator expands the first and ignores the rest, which may not be what runs.",
			List.of(References.SET_EDIT, References.POLICIES),
			"""
					<inbound>
					  <base />
					  <set-header name="X-Api" exists-action="override"><value>orders</value></set-header>
					  <base />
					</inbound>""",
			"""
					<inbound>
					  <base />
					  <set-header name="X-Api" exists-action="override"><value>orders</value></set-header>
					</inbound>""",
			"Keep one <base /> in the section, where the broader policies should run, and delete the others.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (EffectivePolicy policy : input.policiesWithProblems()) {
			for (CalculationProblem problem : policy.problems()) {
				if (problem.rule().equals(ID) && problem.scope().kind() != ScopeKind.GLOBAL) {
					findings.report(INFO, FindingLocation.of(problem.location(), problem.scope()), policy.context(),
							() -> problem.message() + ".");
				}
			}
		}
	}

}
