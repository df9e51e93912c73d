package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.workspace.LoadProblem;

/**
 * {@code workspace-orphan} (not in rules.md; the spec leaves it unnamed): a file in the right place
 * that refers to something the workspace does not hold, such as an operation policy folder that no
 * operation of the API's specification matches, or a product membership of an unknown API. No
 * request reaches what it configures, which is usually a rename that was not carried through.
 *
 * <pre>{@code
 * bad:  apis/orders/operations/get-order/policy.xml    (the specification calls the operation fetch-order)
 * good: apis/orders/operations/fetch-order/policy.xml
 * }</pre>
 */
public final class WorkspaceOrphan implements Rule {

	private static final RuleInfo INFO = new RuleInfo("workspace-orphan", Severity.WARNING,
			"A file refers to something the workspace does not hold",
			"APIOps names folders after resources: an operation's policy lives in a folder named after the "
					+ "operation's id in the API's specification, a product lists its APIs by name, a subscription "
					+ "names its scope. When the name matches nothing, API Management has no place for the policy "
					+ "or setting: an operation policy that matches no operation never runs. This usually follows a "
					+ "rename in the specification or the portal that the files did not follow.",
			List.of(References.APIOPS, References.POLICIES),
			"""
					apis/orders/specification.yaml declares operationId: fetch-order
					apis/orders/operations/get-order/policy.xml   (no operation is called get-order)""",
			"""
					apis/orders/specification.yaml declares operationId: fetch-order
					apis/orders/operations/fetch-order/policy.xml""",
			"Rename the folder (or the name in the file) to the resource it belongs to, or delete it if the "
					+ "resource is gone.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (LoadProblem problem : input.problems()) {
			if (problem.kind() == LoadProblem.Kind.ORPHAN) {
				findings.report(INFO, FindingLocation.inFile(problem.file(), problem.position()), problem.message());
			}
		}
	}

}
