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
 * {@code cors-credentials-wildcard}: {@code allow-credentials="true"} with origin {@code *}. Either
 * the gateway answers {@code Access-Control-Allow-Origin: *} and browsers refuse every credentialed
 * answer, or it echoes the origin and every site on the web can read what a signed-in user may
 * read. Reported at the cors element.
 *
 * <pre>{@code
 * bad:  <cors allow-credentials="true"><allowed-origins><origin>*</origin></allowed-origins></cors>
 * good: <cors allow-credentials="true">
 *         <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
 *       </cors>
 * }</pre>
 */
public final class CorsCredentialsWildcard implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-credentials-wildcard", Severity.ERROR,
			"Credentials are allowed for every origin",
			"With allow-credentials=\"true\" the browser sends cookies and client certificates cross-origin and "
					+ "lets the page read the answer only if Access-Control-Allow-Origin names the page's origin: the "
					+ "Fetch standard forbids * with credentials (MDN: CORSNotSupportingCredentials). So either the "
					+ "gateway answers * and every credentialed call fails, or it echoes the caller's origin and any "
					+ "site a signed-in user visits can read that user's data through the API. Microsoft does not "
					+ "document which; both are wrong. The PSRule rule Azure.APIM.CORSPolicy flags any wildcard.",
			List.of(References.CORS, References.MDN_CREDENTIALS, References.FETCH_CORS),
			"""
					<cors allow-credentials="true">
					  <allowed-origins>
					    <origin>*</origin>
					  </allowed-origins>
					</cors>""",
			"""
					<cors allow-credentials="true" terminate-unmatched-request="true">
					  <allowed-origins>
					    <origin>https://portal.contoso.com</origin>
					  </allowed-origins>
					</cors>""",
			"Name the trusted origins in <allowed-origins> instead of *, or set allow-credentials=\"false\" if the "
					+ "API needs no cookies.");

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
			Optional<Boolean> credentials = site.element().attribute("allow-credentials")
				.flatMap((value) -> Literals.of(value, input.workspace()))
				.flatMap(CorsElements::bool);
			boolean anyOrigin = CorsElements.origins(site.element()).stream()
				.map((origin) -> Literals.of(origin, input.workspace()))
				.anyMatch((origin) -> origin.filter("*"::equals).isPresent());
			if (credentials.orElse(false) && anyOrigin) {
				findings.report(INFO, site.location(), "cors at " + site.source() + " allows credentials for origin *: "
						+ "either browsers refuse every credentialed answer, or (where the gateway echoes the origin) "
						+ "every site on the web can read a signed-in user's data.");
			}
		}
	}

}
