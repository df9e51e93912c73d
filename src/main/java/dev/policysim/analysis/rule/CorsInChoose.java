package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;

/**
 * {@code cors-in-choose}: a cors inside {@code choose} (or another policy), not a direct child of
 * inbound. The reference describes the preflight fallback over "cors policies that are direct
 * children of inbound"; the simulator assumes (gateway.md §5) that a nested cors never answers a
 * preflight. A fragment's cors counts as nested when the fragment is included inside a choose.
 *
 * <pre>{@code
 * bad:  <inbound><choose><when condition="..."><cors>...</cors></when></choose></inbound>
 * good: <inbound><cors>...</cors><choose>...</choose></inbound>
 * }</pre>
 */
public final class CorsInChoose implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-in-choose", Severity.WARNING,
			"cors inside choose is not a direct child of inbound",
			"Only the cors policy is evaluated on a preflight, and Microsoft's reference speaks of the cors "
					+ "policies that are direct children of inbound. A cors inside a choose branch depends on a "
					+ "condition the preflight was never meant to meet (it carries no custom headers and no body), "
					+ "and how the gateway treats it on a preflight is not documented: the simulator assumes it "
					+ "does not answer. Varying the allowed origins belongs in the origin list, not in branches.",
			List.of(References.CORS),
			"""
					<inbound>
					  <choose>
					    <when condition="@(context.Request.Headers.GetValueOrDefault("Origin","").EndsWith(".contoso.com"))">
					      <cors>
					        <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					      </cors>
					    </when>
					  </choose>
					</inbound>""",
			"""
					<inbound>
					  <cors>
					    <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  </cors>
					</inbound>""",
			"Move the cors out of the choose to the top of <inbound>, listing every allowed origin in "
					+ "<allowed-origins>.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (PolicySite site : input.sites(CorsElements.CORS)) {
			if (site.name().equals(CorsElements.CORS) && site.nested()) {
				PolicyElement holder = site.enclosing().get(0);
				String holderFile = site.includedAt().map(SourceLocation::file).orElse(site.file());
				findings.report(INFO, site.location(), "cors at " + site.source() + " stands inside " + holder.name()
						+ " (" + holderFile + ":" + holder.position().line() + "), not directly in inbound"
						+ site.includedAt().map((at) -> " (included at " + at + ")").orElse("")
						+ "; the gateway looks for cors among inbound's direct children, so it may never answer a "
						+ "preflight (assumed, not documented).");
			}
		}
	}

}
