package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;

/**
 * {@code cors-origin-invalid}: an allowed origin with a path, a wildcard subdomain, quotes, or no
 * scheme. An origin is {@code *} or scheme, host and optional port; a single trailing slash is
 * accepted (Microsoft's own example writes {@code http://localhost:8080/}). Named values are
 * substituted first; an expression or a missing named value is not judged. Reported once per cors
 * element, listing every invalid origin.
 *
 * <pre>{@code
 * bad:  <origin>https://*.contoso.com</origin>  <origin>portal.contoso.com</origin>
 *       <origin>https://contoso.com/app</origin>
 * good: <origin>https://portal.contoso.com</origin>  <origin>https://shop.contoso.com:8443</origin>
 * }</pre>
 */
public final class CorsOriginInvalid implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-origin-invalid", Severity.ERROR,
			"An allowed origin is not a valid origin",
			"A browser sends its page's origin as scheme, host and port (https://portal.contoso.com), and the "
					+ "gateway compares it with each allowed origin. The cors reference asks for scheme and host, "
					+ "port optional, without quotes; API Management rejects wildcard subdomains (\"Origin must be a "
					+ "valid URL consisting of scheme, host, and port only\"). An origin with a path, quotes or no "
					+ "scheme never equals what a browser sends, so the page it was meant for is refused.",
			List.of(References.CORS, References.FETCH_CORS),
			"""
					<allowed-origins>
					  <origin>https://*.contoso.com</origin>
					  <origin>portal.contoso.com</origin>
					  <origin>https://contoso.com/shop</origin>
					</allowed-origins>""",
			"""
					<allowed-origins>
					  <origin>https://portal.contoso.com</origin>
					  <origin>https://shop.contoso.com</origin>
					  <origin>https://contoso.com</origin>
					</allowed-origins>""",
			"Write each origin as scheme://host[:port] with no path, quotes or wildcard, one <origin> per "
					+ "subdomain (or * alone, without credentials).");

	private static final Pattern ORIGIN = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.*)");

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
			List<String> invalid = new ArrayList<>();
			for (String written : CorsElements.origins(site.element())) {
				Optional<String> origin = Literals.of(written, input.workspace());
				origin.flatMap(CorsOriginInvalid::problem).ifPresent((problem) -> invalid.add("\"" + origin.get()
						+ "\"" + (written.strip().equals(origin.get()) ? "" : " (from " + written.strip() + ")") + " has "
						+ problem));
			}
			if (!invalid.isEmpty()) {
				findings.report(INFO, site.location(), "cors at " + site.source() + " lists origins no browser sends: "
						+ String.join("; ", invalid) + ".");
			}
		}
	}

	/**
	 * What is wrong with an origin.
	 * @param origin the origin, named values substituted
	 * @return the problem in words, or empty for a valid origin
	 */
	static Optional<String> problem(String origin) {
		if (origin.equals("*")) {
			return Optional.empty();
		}
		if (origin.indexOf('"') >= 0 || origin.indexOf('\'') >= 0) {
			return Optional.of("quotes");
		}
		Matcher matcher = ORIGIN.matcher(origin);
		if (!matcher.matches()) {
			return Optional.of("no scheme");
		}
		String rest = matcher.group(2);
		if (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		if (rest.isEmpty()) {
			return Optional.of("no host");
		}
		if (rest.indexOf('*') >= 0) {
			return Optional.of("a wildcard, which API Management does not accept in an origin");
		}
		if (rest.indexOf('/') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0) {
			return Optional.of("a path");
		}
		return Optional.empty();
	}

}
