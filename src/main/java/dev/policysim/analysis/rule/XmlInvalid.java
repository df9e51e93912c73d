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
 * {@code xml-invalid}: a policy file that cannot be read. API Management refuses to save such a
 * document, and lint cannot see what it would do: its policies are missing from every effective
 * policy, so the other rules are blind to them.
 *
 * <pre>{@code
 * bad:  <inbound><set-header name="x"></inbound>       (set-header never closed)
 * good: <inbound><set-header name="x" /></inbound>
 * }</pre>
 */
public final class XmlInvalid implements Rule {

	private static final RuleInfo INFO = new RuleInfo("xml-invalid", Severity.ERROR,
			"A policy file cannot be read",
			"API Management stores policies as XML documents with a <policies> root (a <fragment> root for "
					+ "policy fragments) and refuses to save one that is malformed. A file that cannot be read is "
					+ "left out of every effective policy, so the gateway would not run what it says and no other "
					+ "rule can check it. Policy expressions may hold quotes, < and && as APIM stores them "
					+ "(\"rawxml\"); everything else must be well-formed.",
			List.of(References.POLICIES, References.SET_EDIT),
			"""
					<policies>
					  <inbound>
					    <base />
					    <set-header name="X-Client" exists-action="override">
					  </inbound>
					</policies>""",
			"""
					<policies>
					  <inbound>
					    <base />
					    <set-header name="X-Client" exists-action="override">
					      <value>portal</value>
					    </set-header>
					  </inbound>
					</policies>""",
			"Fix the XML at the line and column given: close every element, quote every attribute value, and "
					+ "keep <policies> (or <fragment> for a policy fragment) as the root.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (LoadProblem problem : input.problems()) {
			if (problem.kind() == LoadProblem.Kind.XML_INVALID) {
				findings.report(INFO, FindingLocation.inFile(problem.file(), problem.position()),
						problem.message() + " The file's policies are left out of the lint.");
			}
		}
	}

}
