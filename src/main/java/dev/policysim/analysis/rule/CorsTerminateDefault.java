package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;

/**
 * {@code cors-terminate-default}: a cors element leaves {@code terminate-unmatched-request} out.
 * Microsoft's reference contradicts itself on the default, so the finding states which default
 * the gateway profile assumes ({@code terminateUnmatchedDefault}).
 *
 * <pre>{@code
 * bad:  <cors allow-credentials="false">...</cors>
 * good: <cors allow-credentials="false" terminate-unmatched-request="true">...</cors>
 * }</pre>
 */
public final class CorsTerminateDefault implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-terminate-default", Severity.INFO,
			"terminate-unmatched-request is left to an undocumented default",
			"terminate-unmatched-request decides what a request from an origin the cors does not allow gets: with "
					+ "true, an empty 200 OK without CORS headers (it looks like success and hides the API's real "
					+ "answer); with false, the request goes on to the next cors or to the API, without CORS headers. "
					+ "Microsoft's cors reference gives the default as false in its attribute table and as true in "
					+ "its \"common configuration issues\" (older pages and the policy toolkit say true). Leaving it "
					+ "out leaves the behaviour to whichever is right; the simulator's profile assumes true unless "
					+ "told otherwise (terminateUnmatchedDefault).",
			List.of(References.CORS),
			"""
					<cors allow-credentials="false">
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					</cors>""",
			"""
					<cors allow-credentials="false" terminate-unmatched-request="true">
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					</cors>""",
			"Say what you mean: add terminate-unmatched-request=\"true\" (unknown origins get an empty 200) or "
					+ "\"false\" (they reach the next cors or the API without CORS headers).");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		boolean assumed = input.terminateUnmatchedDefault();
		for (PolicySite site : input.sites(CorsElements.CORS)) {
			if (site.name().equals(CorsElements.CORS) && site.element().attribute(CorsElements.TERMINATE).isEmpty()) {
				findings.report(INFO, site.location(), "cors at " + site.source()
						+ " leaves terminate-unmatched-request out; Microsoft's reference gives both true and false as "
						+ "the default, and the profile assumes " + assumed + " (setting terminateUnmatchedDefault): "
						+ (assumed ? "a request from an origin it does not allow gets an empty 200 OK without CORS headers."
								: "a request from an origin it does not allow goes on without CORS headers."));
			}
		}
	}

}
