package dev.policysim.browser;

import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;

/**
 * Whatever answers the browser's requests: the simulated gateway, recorded responses, or a test
 * double.
 */
@FunctionalInterface
public interface Server {

	/**
	 * Answers one request.
	 * @param request the request on the wire (preflight or actual)
	 * @return the response
	 */
	HttpResponse answer(HttpRequest request);

}
