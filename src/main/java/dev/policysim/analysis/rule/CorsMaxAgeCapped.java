package dev.policysim.analysis.rule;

import java.util.List;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;

/**
 * {@code cors-max-age-capped}: {@code preflight-result-max-age} above what browsers keep. Chromium
 * caches a preflight for at most 7200 seconds (Firefox 86400), so a longer value promises a cache
 * the most common browser does not give.
 *
 * <pre>{@code
 * bad:  <allowed-methods preflight-result-max-age="86400"><method>GET</method></allowed-methods>
 * good: <allowed-methods preflight-result-max-age="7200"><method>GET</method></allowed-methods>
 * }</pre>
 */
public final class CorsMaxAgeCapped implements Rule {

	/** Chromium's upper bound for Access-Control-Max-Age, in seconds. */
	static final long CHROMIUM_MAX = 7200;

	private static final RuleInfo INFO = new RuleInfo("cors-max-age-capped", Severity.INFO,
			"Browsers cache the preflight for less than preflight-result-max-age",
			"preflight-result-max-age becomes Access-Control-Max-Age on the preflight answer: how long the browser "
					+ "may reuse it before asking again. Browsers cap it: Chromium at 7200 seconds (2 hours), Firefox "
					+ "at 86400. A longer value does no harm, but the saving it suggests does not happen, and after a "
					+ "policy change browsers keep the old answer for up to the cap.",
			List.of(References.CORS, References.MDN_MAX_AGE),
			"""
					<allowed-methods preflight-result-max-age="86400">
					  <method>GET</method>
					</allowed-methods>""",
			"""
					<allowed-methods preflight-result-max-age="7200">
					  <method>GET</method>
					</allowed-methods>""",
			"Set preflight-result-max-age to 7200 or less.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (PolicySite site : input.sites(CorsElements.CORS)) {
			if (!site.name().equals(CorsElements.CORS)) {
				continue;
			}
			Optional<Long> maxAge = site.element().element("allowed-methods")
				.flatMap((methods) -> methods.attribute("preflight-result-max-age"))
				.flatMap((value) -> Literals.of(value, input.workspace()))
				.flatMap(CorsMaxAgeCapped::seconds);
			if (maxAge.isPresent() && maxAge.get() > CHROMIUM_MAX) {
				findings.report(INFO, site.location(), "cors at " + site.source() + " sets preflight-result-max-age to "
						+ maxAge.get() + " seconds; Chromium keeps a preflight for at most " + CHROMIUM_MAX
						+ " seconds, so browsers ask again sooner than that.");
			}
		}
	}

	private static Optional<Long> seconds(String value) {
		try {
			return Optional.of(Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
