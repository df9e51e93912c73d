package dev.policysim.analysis;

import java.util.List;

/**
 * The causes only the simulator reports, because they need a request (rules.md, second table). They
 * share the rule pages and ids with the static rules, so the simulator takes titles and fixes from
 * here; {@code cors-missing} and the other static ids it also reports as causes stay in
 * {@link Rules#all()}.
 */
final class SimulatorCauses {

	private static final String CORS = "https://learn.microsoft.com/azure/api-management/cors-policy";

	private static final String SUBSCRIPTIONS = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions";

	private static final String FETCH = "https://fetch.spec.whatwg.org/#http-cors-protocol";

	static final RuleInfo ORIGIN_NOT_ALLOWED = new RuleInfo("origin-not-allowed", Severity.ERROR,
			"The page's origin is not allowed",
			"The first cors policy of the pipeline compares the page's origin (scheme, host and port) with its "
					+ "allowed-origins. An origin it does not list gets no Access-Control-Allow-Origin, and the browser "
					+ "hides the answer; a staging or localhost origin is the usual one forgotten.",
			List.of(CORS, FETCH),
			"<allowed-origins>\n  <origin>https://portal.contoso.com</origin>\n</allowed-origins>",
			"<allowed-origins>\n  <origin>https://portal.contoso.com</origin>\n"
					+ "  <origin>https://staging.portal.contoso.com</origin>\n</allowed-origins>",
			"Add the page's exact origin to allowed-origins of the first cors in the pipeline.");

	static final RuleInfo METHOD_NOT_ALLOWED = new RuleInfo("method-not-allowed", Severity.ERROR,
			"The request's method is not allowed",
			"For PUT, PATCH, DELETE and other methods beyond GET, HEAD and POST the browser asks first; the "
					+ "preflight answer must name the method. Without allowed-methods the cors policy allows only GET "
					+ "and POST.",
			List.of(CORS, FETCH),
			"<allowed-methods>\n  <method>GET</method>\n</allowed-methods>",
			"<allowed-methods>\n  <method>GET</method>\n  <method>DELETE</method>\n</allowed-methods>",
			"Add the method to allowed-methods of the cors that answers the preflight.");

	static final RuleInfo HEADER_NOT_ALLOWED = new RuleInfo("header-not-allowed", Severity.ERROR,
			"A header the request sends is not allowed",
			"The browser lists the request's non-safelisted headers in Access-Control-Request-Headers; the "
					+ "preflight answer must allow each of them, or the browser does not send the request.",
			List.of(CORS, FETCH),
			"<allowed-headers>\n  <header>Content-Type</header>\n</allowed-headers>",
			"<allowed-headers>\n  <header>Content-Type</header>\n  <header>X-Request-Id</header>\n</allowed-headers>",
			"Add the header to allowed-headers of the cors that answers the preflight.");

	static final RuleInfo CREDENTIALS_NOT_ALLOWED = new RuleInfo("credentials-not-allowed", Severity.ERROR,
			"The request sends credentials, but cors does not allow them",
			"A fetch with credentials: \"include\" (cookies, client certificates) is readable only when the "
					+ "answer carries Access-Control-Allow-Credentials: true, which the cors policy sends only with "
					+ "allow-credentials=\"true\".",
			List.of(CORS, "https://developer.mozilla.org/docs/Web/HTTP/CORS/Errors/CORSMissingAllowCredentials"),
			"<cors allow-credentials=\"false\">...</cors>",
			"<cors allow-credentials=\"true\">  <!-- with named origins, never * -->...</cors>",
			"Set allow-credentials=\"true\" with named origins, or make the request without credentials.");

	static final RuleInfo TERMINATE_UNMATCHED = new RuleInfo("terminate-unmatched", Severity.WARNING,
			"An empty 200 OK came from terminate-unmatched-request",
			"A cors policy with terminate-unmatched-request=\"true\" (or left out, by the profile's default) ends a "
					+ "request from an origin it does not allow with an empty 200 OK and no CORS headers. It looks "
					+ "like success in the network tab and hides the API's real answer.",
			List.of(CORS),
			"<cors>\n  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>\n</cors>",
			"<cors terminate-unmatched-request=\"true\">\n  <allowed-origins>\n    <origin>https://portal.contoso.com</origin>\n"
					+ "    <origin>https://staging.portal.contoso.com</origin>\n  </allowed-origins>\n</cors>",
			"Allow the page's origin, or set terminate-unmatched-request explicitly and know that unknown origins "
					+ "get an empty 200.");

	static final RuleInfo ERROR_BEFORE_CORS = new RuleInfo("error-before-cors", Severity.ERROR,
			"The gateway answered an error before any cors ran",
			"An error raised before the cors policy ran (the subscription check's 401, a rate-limit's 429, a "
					+ "validate-jwt's 401, a 404 for an unmatched URL) leaves without CORS headers, so the browser "
					+ "reports a CORS error and hides the real status from the script.",
			List.of(CORS, "https://learn.microsoft.com/azure/api-management/api-management-error-handling-policies"),
			"<inbound>\n  <rate-limit calls=\"5\" renewal-period=\"60\" />\n  <base />\n</inbound>",
			"<inbound>\n  <base />\n  <rate-limit calls=\"5\" renewal-period=\"60\" />\n</inbound>",
			"Put cors first in the pipeline (see cors-not-first), or fix what raised the error.");

	static final RuleInfo SUBSCRIPTION_KEY_MISSING = new RuleInfo("subscription-key-missing", Severity.ERROR,
			"The request has no subscription key",
			"An API that requires a subscription and is in no open product answers a call without a key with 401 "
					+ "before any policy runs, so without CORS headers. A preflight never carries the key header.",
			List.of(SUBSCRIPTIONS, CORS),
			"fetch(\"https://contoso.azure-api.net/orders/42\")",
			"fetch(\"https://contoso.azure-api.net/orders/42\", { headers: { \"Ocp-Apim-Subscription-Key\": key } })",
			"Send the key in the API's key header (or query parameter), and answer preflights with a cors at API or "
					+ "global scope.");

	static final RuleInfo SUBSCRIPTION_KEY_INVALID = new RuleInfo("subscription-key-invalid", Severity.ERROR,
			"The subscription key matches no active subscription",
			"A key that belongs to no active subscription for the API (wrong key, another product, a suspended "
					+ "subscription) gets 401 before any policy runs, so without CORS headers.",
			List.of(SUBSCRIPTIONS),
			"\"Ocp-Apim-Subscription-Key\": \"key-of-another-product\"",
			"\"Ocp-Apim-Subscription-Key\": \"key-of-a-subscription-to-a-product-containing-the-api\"",
			"Use the key of an active subscription scoped to the API, to a product containing it, or to all APIs.");

	static final RuleInfo EXPOSE_HEADER_MISSING = new RuleInfo("expose-header-missing", Severity.WARNING,
			"The script reads a header that expose-headers does not list",
			"A cross-origin script can read only the CORS-safelisted response headers and those the answer lists "
					+ "in Access-Control-Expose-Headers; the cors policy lists its expose-headers there. Any other "
					+ "header reads as null, although the network tab shows it.",
			List.of(CORS, FETCH),
			"<cors>\n  <allowed-origins>...</allowed-origins>\n</cors>",
			"<cors>\n  <allowed-origins>...</allowed-origins>\n"
					+ "  <expose-headers><header>X-Request-Id</header></expose-headers>\n</cors>",
			"Add the header to expose-headers of the cors that answers the request.");

	static final RuleInfo EXPRESSION_NOT_EVALUATED = new RuleInfo("expression-not-evaluated", Severity.INFO,
			"A decision depended on an expression the simulator does not evaluate",
			"The simulator evaluates a documented subset of policy expressions. Where a decision (a choose "
					+ "branch, a header value) depended on anything else, it assumed an outcome, and the report says "
					+ "which; the real gateway may decide otherwise.",
			List.of("https://learn.microsoft.com/azure/api-management/api-management-policy-expressions"),
			"<when condition=\"@(context.Request.Body.As<JObject>(preserveContent: true)[&quot;kind&quot;] == &quot;a&quot;)\">",
			"<when condition=\"@(context.Request.Headers.GetValueOrDefault(&quot;X-Kind&quot;,&quot;&quot;) == &quot;a&quot;)\">",
			"Check the assumed branch, or choose it explicitly in the scenario.");

	static final List<RuleInfo> ALL = List.of(ORIGIN_NOT_ALLOWED, METHOD_NOT_ALLOWED, HEADER_NOT_ALLOWED,
			CREDENTIALS_NOT_ALLOWED, TERMINATE_UNMATCHED, ERROR_BEFORE_CORS, SUBSCRIPTION_KEY_MISSING,
			SUBSCRIPTION_KEY_INVALID, EXPOSE_HEADER_MISSING, EXPRESSION_NOT_EVALUATED);

	private SimulatorCauses() {
	}

}
