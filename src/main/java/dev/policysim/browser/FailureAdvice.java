package dev.policysim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.http.HttpResponse;

/** Why a CORS error happened and what to change on the server, one paragraph per error. */
final class FailureAdvice {

	private static final String APIM_CORS_FIRST = " In API Management, put the cors policy first in the inbound "
			+ "section at the global (All APIs) scope, so it answers before anything that can fail.";

	private final Origin page;

	private final BrowserRequest request;

	private final CorsVerdict verdict;

	private final CorsFailure failure;

	FailureAdvice(Origin page, BrowserRequest request, CorsVerdict verdict, CorsFailure failure) {
		this.page = page;
		this.request = request;
		this.verdict = verdict;
		this.failure = failure;
	}

	Explanation explain() {
		String value = this.failure.failedParameter();
		String where = this.failure.error().isPreflightError() ? "The preflight (OPTIONS) response" : "The response";
		return switch (this.failure.error()) {
			case MISSING_ALLOW_ORIGIN_HEADER, PREFLIGHT_MISSING_ALLOW_ORIGIN_HEADER -> missingAllowOrigin(where);
			case PREFLIGHT_INVALID_STATUS -> new Explanation(where + " carried a valid Access-Control-Allow-Origin but "
					+ "status " + status() + "; a preflight must answer 200-299.",
					"Answer OPTIONS with 200 or 204 and the CORS headers." + APIM_CORS_FIRST);
			case PREFLIGHT_DISALLOWED_REDIRECT -> new Explanation(where + " was a redirect (" + status()
					+ "); browsers never follow redirects for a preflight.",
					"Answer OPTIONS at the requested URL itself, or let the page call the final URL directly.");
			case WILDCARD_ORIGIN_NOT_ALLOWED, PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED -> new Explanation(where
					+ " says 'Access-Control-Allow-Origin: *', but the request has credentials mode 'include' "
					+ credentialsHint() + "; a wildcard never allows a request with credentials.",
					"Answer with 'Access-Control-Allow-Origin: " + this.page.serialize() + "' and "
							+ "'Access-Control-Allow-Credentials: true' (API Management: list the origin in "
							+ "<allowed-origins> and set allow-credentials=\"true\"), or send the request without credentials.");
			case MULTIPLE_ALLOW_ORIGIN_VALUES, PREFLIGHT_MULTIPLE_ALLOW_ORIGIN_VALUES -> new Explanation(where
					+ " has Access-Control-Allow-Origin '" + value + "': several values (or several header lines, which "
					+ "the browser joins with ', '), but only one is allowed. Usually two layers each add the header.",
					"Send exactly one 'Access-Control-Allow-Origin: " + this.page.serialize() + "': keep one cors policy, "
							+ "or remove the backend's header in outbound (set-header exists-action=\"delete\").");
			case INVALID_ALLOW_ORIGIN_VALUE, PREFLIGHT_INVALID_ALLOW_ORIGIN_VALUE -> new Explanation(where
					+ " has Access-Control-Allow-Origin '" + CorsError.encodeHint(value) + "', which is not an origin.",
					"Send the page origin exactly: 'Access-Control-Allow-Origin: " + this.page.serialize() + "'.");
			case ALLOW_ORIGIN_MISMATCH, PREFLIGHT_ALLOW_ORIGIN_MISMATCH -> mismatch(where, value);
			case INVALID_ALLOW_CREDENTIALS, PREFLIGHT_INVALID_ALLOW_CREDENTIALS -> new Explanation(where
					+ " has Access-Control-Allow-Credentials '" + value + "', but a request with credentials mode "
					+ "'include' " + credentialsHint() + " needs exactly 'true' (lower case).",
					"Send 'Access-Control-Allow-Credentials: true' (API Management: allow-credentials=\"true\"), or send "
							+ "the request without credentials.");
			case INVALID_ALLOW_METHODS_PREFLIGHT_RESPONSE -> unparsable("Access-Control-Allow-Methods", "GET, POST, PUT");
			case INVALID_ALLOW_HEADERS_PREFLIGHT_RESPONSE -> unparsable("Access-Control-Allow-Headers",
					"content-type, authorization");
			case METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE -> methodDisallowed(value);
			case HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE -> headerDisallowed(value);
			case REDIRECT_CONTAINS_CREDENTIALS -> new Explanation("A redirect pointed at a URL with a user name or "
					+ "password; browsers refuse that for cross-origin requests.",
					"Remove the user name and password from the Location header.");
		};
	}

	private Explanation missingAllowOrigin(String where) {
		int status = status();
		StringBuilder why = new StringBuilder(where).append(" (status ").append(status)
			.append(") has no Access-Control-Allow-Origin header, so the browser hides it from the script");
		if (this.failure.error().isPreflightError()) {
			why.append(". A preflight carries no cookies, no Authorization and none of the request's own headers "
					+ "(a subscription key sent as a header never reaches the gateway on OPTIONS), so a gateway that "
					+ "checks them before cors answers the preflight with an error");
		}
		else if (status >= 400) {
			why.append(": the ").append(status).append(" was most likely produced before or without the cors policy "
					+ "(an error in inbound, a rate limit, on-error), and the script only sees a CORS error");
		}
		return new Explanation(why.append('.').toString(), "Make every response to " + this.page.serialize()
				+ " carry 'Access-Control-Allow-Origin: " + this.page.serialize() + "', errors included." + APIM_CORS_FIRST);
	}

	private Explanation mismatch(String where, String value) {
		String origin = this.verdict.exchanges().isEmpty() ? this.page.serialize()
				: this.verdict.exchanges().get(this.verdict.exchanges().size() - 1).request().headers().get("Origin")
					.orElse(this.page.serialize());
		String taint = origin.equals(Origin.OPAQUE) ? " After a redirect to another origin the browser sends "
				+ "'Origin: null', so only 'null' or '*' (without credentials) match." : "";
		return new Explanation(where + " has Access-Control-Allow-Origin '" + value + "', but the request's origin is '"
				+ origin + "'. The comparison is exact: scheme, host, port and case must match and there is no trailing "
				+ "slash." + taint, "Send 'Access-Control-Allow-Origin: " + origin + "' (API Management: add the origin "
				+ "to <allowed-origins> exactly as the browser sends it).");
	}

	private Explanation unparsable(String header, String example) {
		return new Explanation("The preflight's " + header + " is not a comma-separated list of names.",
				"Send a list of names, e.g. '" + header + ": " + example + "'.");
	}

	private Explanation methodDisallowed(String method) {
		boolean lowerCase = !method.equals(method.toUpperCase(Locale.ROOT));
		String caseNote = lowerCase ? " fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT, so '" + method
				+ "' is sent as written and must be listed exactly so." : "";
		String starNote = includeCredentials() ? " With credentials, '*' is not a wildcard." : "";
		return new Explanation("The preflight response does not allow method " + method
				+ ". Methods are compared case-sensitively." + caseNote + starNote,
				"Add " + method + " to Access-Control-Allow-Methods (API Management: <allowed-methods><method>" + method
						+ "</method>).");
	}

	private Explanation headerDisallowed(String header) {
		List<String> missing = new ArrayList<>(List.of(header));
		missing.addAll(this.failure.alternatives());
		String others = missing.size() > 1 ? " (nor " + String.join(", ", this.failure.alternatives()) + "; Chromium "
				+ "names one of the missing headers, picked by its internal order)" : "";
		String starNote = includeCredentials() ? " With credentials, '*' is not a wildcard." : "";
		return new Explanation("The preflight response does not allow request header " + header + others
				+ ". Header names are compared case-insensitively." + starNote,
				"Add " + String.join(", ", missing) + " to Access-Control-Allow-Headers (API Management: "
						+ "<allowed-headers><header>" + missing.get(0) + "</header>).");
	}

	private String credentialsHint() {
		return (this.request.initiator() == Initiator.XHR) ? "(withCredentials = true)" : "(credentials: 'include')";
	}

	private boolean includeCredentials() {
		return this.request.credentials() == CredentialsMode.INCLUDE;
	}

	private int status() {
		return lastResponse().map(HttpResponse::status).orElse(0);
	}

	private Optional<HttpResponse> lastResponse() {
		List<Exchange> exchanges = this.verdict.exchanges();
		return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1).response());
	}

}
