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
 * {@code file-invalid} (not in rules.md; the spec leaves these problems unnamed): a JSON, YAML or
 * OpenAPI file of the workspace that cannot be used, or a lint setting ({@code policysim.json}, a
 * {@code policysim-disable} comment) that names an unknown rule. The tool falls back to APIM's
 * defaults for what the file should have said (an API path, a subscription requirement, the
 * operations), so the effective policies it checks may not be the ones that run.
 *
 * <pre>{@code
 * bad:  {"properties": {"subscriptionRequired": "yes"}}
 * good: {"properties": {"subscriptionRequired": true}}
 * }</pre>
 */
public final class FileInvalid implements Rule {

	private static final RuleInfo INFO = new RuleInfo("file-invalid", Severity.ERROR,
			"A workspace file cannot be used as written",
			"The APIOps layout keeps each resource's settings in a JSON file and each API's operations in its "
					+ "OpenAPI specification. When one cannot be parsed or holds a value of the wrong type, the tool "
					+ "uses API Management's default instead (for example that the API requires a subscription, "
					+ "or that it has no operations), so the policies it flattens and checks may differ from the "
					+ "ones that run. The same rule reports lint settings that cannot apply: an unknown rule id or "
					+ "level in policysim.json or in a policysim-disable comment.",
			List.of(References.APIOPS, References.SUBSCRIPTIONS),
			"""
					apis/orders/apiInformation.json:
					{ "properties": { "path": "orders", "subscriptionRequired": "yes" } }""",
			"""
					apis/orders/apiInformation.json:
					{ "properties": { "path": "orders", "subscriptionRequired": true } }""",
			"Correct the file at the line and column given, as the message says; for policysim.json use the "
					+ "rule ids the message lists and the levels off, error, warning or info.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (LoadProblem problem : input.problems()) {
			if (problem.kind() == LoadProblem.Kind.FILE_INVALID) {
				findings.report(INFO, FindingLocation.inFile(problem.file(), problem.position()), problem.message());
			}
		}
	}

}
