package dev.policysim.browser.explain;

import dev.policysim.browser.Server;
import dev.policysim.browser.WebUrl;
import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;

/**
 * Answers the browser with a case's recorded responses: at the request URL the preflight and the
 * response, anywhere else (a redirect target) the redirect's preflight and response. A preflight is
 * recognised by its {@code Access-Control-Request-Method}, as servers do.
 */
public final class RecordedServer implements Server {

	private final ExplainCase recorded;

	private final String requestUrl;

	/**
	 * A server for one case.
	 * @param recorded the case
	 */
	public RecordedServer(ExplainCase recorded) {
		this.recorded = recorded;
		this.requestUrl = WebUrl.parse(recorded.request().url()).withoutCredentials().serialize();
	}

	@Override
	public HttpResponse answer(HttpRequest request) {
		boolean preflight = request.method().equals("OPTIONS")
				&& request.headers().contains("Access-Control-Request-Method");
		boolean atRequestUrl = request.url().equals(this.requestUrl);
		if (preflight) {
			return atRequestUrl ? preflightResponse() : this.recorded.redirectPreflightResponse()
				.orElseGet(this::preflightResponse);
		}
		if (atRequestUrl) {
			return this.recorded.response();
		}
		return this.recorded.redirectResponse()
			.orElseThrow(() -> new ExplainInputException(path("redirectResponse") + ": missing, but "
					+ "the response redirects to " + request.url()));
	}

	private HttpResponse preflightResponse() {
		return this.recorded.preflightResponse()
			.orElseThrow(() -> new ExplainInputException(path("preflightResponse") + ": missing, but "
					+ "this request needs a preflight"));
	}

	private String path(String name) {
		return this.recorded.field().isEmpty() ? name : this.recorded.field() + "." + name;
	}

}
