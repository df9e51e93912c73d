package dev.policysim.http;

import java.util.Objects;

/**
 * A request as it goes over the wire.
 *
 * @param method the method, case kept
 * @param url the absolute URL
 * @param headers the header lines
 * @param body the body; empty when there is none
 */
public record HttpRequest(String method, String url, HttpHeaders headers, String body) {

	public HttpRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
	}

}
