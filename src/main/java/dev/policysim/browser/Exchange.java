package dev.policysim.browser;

import java.util.Objects;

import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;

/**
 * One request the browser sent and the answer it got.
 *
 * @param preflight whether this was a CORS preflight
 * @param request the request on the wire
 * @param response the response
 */
public record Exchange(boolean preflight, HttpRequest request, HttpResponse response) {

	public Exchange {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(response, "response");
	}

}
