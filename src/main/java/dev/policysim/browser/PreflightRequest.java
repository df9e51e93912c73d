package dev.policysim.browser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;

/**
 * The CORS preflight Chromium sends: {@code OPTIONS} with {@code Origin},
 * {@code Access-Control-Request-Method} (the method as sent) and, when there are any,
 * {@code Access-Control-Request-Headers} (the non-safelisted names, lower-cased, sorted, joined by
 * {@code ,} without spaces). It carries no cookies and none of the request's own headers, so a
 * subscription key sent as a header never reaches the gateway on a preflight.
 *
 * @param method the value of {@code Access-Control-Request-Method}
 * @param headerNames the names listed in {@code Access-Control-Request-Headers}, sorted
 */
public record PreflightRequest(String method, List<String> headerNames) {

	public PreflightRequest {
		Objects.requireNonNull(method, "method");
		headerNames = List.copyOf(headerNames);
	}

	/** The value of {@code Access-Control-Request-Headers}; empty when the header is not sent. */
	public Optional<String> accessControlRequestHeaders() {
		return this.headerNames.isEmpty() ? Optional.empty() : Optional.of(String.join(",", this.headerNames));
	}

	/**
	 * The request on the wire.
	 * @param url the URL of the actual request
	 * @param origin the value of {@code Origin}: the page origin, or {@code null} when tainted
	 * @return the {@code OPTIONS} request
	 */
	public HttpRequest toHttpRequest(WebUrl url, String origin) {
		HttpHeaders headers = HttpHeaders.of("Accept", "*/*", "Access-Control-Request-Method", this.method);
		if (!this.headerNames.isEmpty()) {
			headers = headers.with("Access-Control-Request-Headers", accessControlRequestHeaders().orElseThrow());
		}
		headers = headers.with("Origin", origin).with("Sec-Fetch-Mode", "cors");
		return new HttpRequest("OPTIONS", url.serialize(), headers, "");
	}

}
