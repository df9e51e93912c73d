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

/**
 * {@code fragment-missing}: an {@code include-fragment} that names no fragment of the workspace.
 * API Management refuses to save such a policy; in an exported workspace it means the fragment
 * was not exported or was renamed, and a request reaching the include would fail (the simulator
 * answers 500 there).
 *
 * <pre>{@code
 * bad:  <include-fragment fragment-id="cors-comon" />
 * good: <include-fragment fragment-id="cors-common" />   (policy fragments/cors-common/policy.xml exists)
 * }</pre>
 */
public final class FragmentMissing implements Rule {

	static final String ID = "fragment-missing";

	private static final RuleInfo INFO = new RuleInfo(ID, Severity.ERROR,
			"include-fragment names a fragment the workspace does not hold",
			"<include-fragment fragment-id=\"x\"/> is replaced by the policies of fragment x. A fragment can only "
					+ "be deleted once nothing includes it, so an id that matches no fragment is a typo, a rename, or "
					+ "a fragment left out of the export. Whatever the fragment holds (often the shared cors or the "
					+ "security checks) is not in the effective policy.",
			List.of(References.INCLUDE_FRAGMENT, References.FRAGMENTS),
			"""
					<inbound>
					  <include-fragment fragment-id="cors-comon" />
					  <base />
					</inbound>""",
			"""
					<inbound>
					  <include-fragment fragment-id="cors-common" />
					  <base />
					</inbound>""",
			"Correct fragment-id to the id of a fragment under \"policy fragments/\", or add the missing fragment "
					+ "to the workspace.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (EffectivePolicy policy : input.policiesWithProblems()) {
			for (CalculationProblem problem : policy.problems()) {
				if (problem.rule().equals(ID)) {
					findings.report(INFO, FindingLocation.of(problem.location(), problem.scope()), policy.context(),
							() -> problem.message() + " " + FindingCollector.CONTEXTS + ".");
				}
			}
		}
	}

}
