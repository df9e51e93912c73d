package dev.policysim.browser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpResponse;

/**
 * Puts a verdict into plain words with the fix on the server side, naming the API Management
 * setting where there is one.
 */
final class CorsExplainer {

	private final Origin page;

	private final BrowserRequest request;

	private final CorsVerdict verdict;

	CorsExplainer(Origin page, BrowserRequest request, CorsVerdict verdict) {
		this.page = page;
		this.request = request;
		this.verdict = verdict;
	}

	Explanation explain() {
		if (this.verdict.failure().isPresent()) {
			return new FailureAdvice(this.page, this.request, this.verdict, this.verdict.failure().get()).explain();
		}
		if (this.verdict.outcome() == Outcome.DELIVERED) {
			return delivered();
		}
		if (this.verdict.networkError().isPresent()) {
			return networkError(this.verdict.networkError().get());
		}
		if (this.verdict.console().isPresent()) {
			return new Explanation("fetch() with mode 'same-origin' refuses a cross-origin URL before sending anything.",
					"Nothing on the server helps: the script must use the default mode 'cors'.");
		}
		return new Explanation("The browser refused the request before sending it: "
				+ this.verdict.scriptError().orElse("") + ".", "Nothing on the server helps: the script must change.");
	}

	private Explanation delivered() {
		int status = this.verdict.status().orElse(0);
		if (status == 0) {
			return new Explanation("no-cors request: the script gets an opaque response (status 0, no headers, no body).",
					"To read the response, use mode 'cors' and answer with Access-Control-Allow-Origin.");
		}
		boolean corsApplied = this.verdict.exchanges()
			.stream()
			.anyMatch((exchange) -> !this.page.isSameOrigin(WebUrl.parse(exchange.request().url())));
		if (!corsApplied) {
			return new Explanation("The page and the URL are same-origin, so CORS does not apply: the script reads status "
					+ status + ", the body and every header but Set-Cookie.", "");
		}
		return new Explanation(preflightStory() + "The response passed the CORS check; the script reads status " + status
				+ ", the body and " + readableStory() + "." + wildcardAuthorizationNote(), hiddenHeadersFix());
	}

	private String preflightStory() {
		Optional<PreflightStep> first = this.verdict.firstPreflight();
		if (first.isEmpty()) {
			return "No preflight was needed (safelisted method and headers). ";
		}
		return first.get().fromCache() ? "The preflight was answered from the browser's preflight cache. "
				: "The preflight passed. ";
	}

	private String readableStory() {
		List<String> names = this.verdict.readable().names();
		return names.isEmpty() ? "no response header" : "the headers " + String.join(", ", names);
	}

	private String hiddenHeadersFix() {
		List<String> hidden = finalResponse().map((response) -> response.headers()
			.entries()
			.stream()
			.map(HttpHeader::lowerCaseName)
			.distinct()
			.filter((name) -> !this.verdict.readable().contains(name) && !name.startsWith("access-control-"))
			.filter((name) -> !name.equals("set-cookie") && !name.equals("set-cookie2"))
			.toList()).orElse(List.of());
		if (hidden.isEmpty()) {
			return "";
		}
		return "Script cannot read " + String.join(", ", hidden) + "; list them in Access-Control-Expose-Headers "
				+ "(API Management: <expose-headers> in the cors policy) if it needs them.";
	}

	private String wildcardAuthorizationNote() {
		boolean sentAuthorization = this.verdict.preflights()
			.stream()
			.anyMatch((step) -> step.request().headerNames().contains("authorization"));
		boolean wildcard = this.verdict.exchanges()
			.stream()
			.filter(Exchange::preflight)
			.map((exchange) -> exchange.response().headers().get("Access-Control-Allow-Headers").orElse(""))
			.anyMatch((value) -> value.contains("*") && !value.toLowerCase(Locale.ROOT).contains("authorization"));
		if (!sentAuthorization || !wildcard) {
			return "";
		}
		return " Note: Chromium let 'Access-Control-Allow-Headers: *' cover Authorization, which the Fetch standard "
				+ "forbids; list authorization explicitly so that stricter browsers agree, and expect a new preflight "
				+ "for every such request, because the preflight cache applies the strict rule.";
	}

	private Explanation networkError(String error) {
		if (error.equals(FetchProcess.BLOCKED_BY_ORIGIN)) {
			return new Explanation("The request used mode 'same-origin' and was redirected to another origin; the "
					+ "browser blocks it without a console message.", "Do not redirect same-origin requests to another "
					+ "origin, or make the request with mode 'cors'.");
		}
		if (error.equals("net::ERR_UNSAFE_REDIRECT")) {
			return new Explanation("A redirect pointed at a URL that is not http or https; the browser refuses to follow it ("
					+ error + ").", "Redirect only to http or https URLs.");
		}
		return new Explanation("The request was redirected more than 20 times (" + error + ").",
				"Break the redirect loop on the server.");
	}

	private Optional<HttpResponse> finalResponse() {
		List<Exchange> exchanges = this.verdict.exchanges();
		return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1).response());
	}

}
