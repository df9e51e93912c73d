package dev.policysim.browser.explain;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.BrowserRequest;
import dev.policysim.browser.Origin;
import dev.policysim.http.HttpResponse;

/**
 * One case of formats.md §4: a page, a request and the responses a server gave.
 *
 * @param id the case's name, echoed in the result
 * @param field where the case sits in the input, e.g. {@code [2]}, for error messages
 * @param page the page origin
 * @param request the request as the script makes it
 * @param preflightResponse the answer to a preflight; ignored when none is needed
 * @param response the answer to the request; ignored when the preflight fails
 * @param redirectResponse the answer at the redirect target after a 3xx {@code response}
 * @param redirectPreflightResponse the answer to a preflight at the redirect target; the
 * {@code preflightResponse} is used when absent
 */
public record ExplainCase(String id, String field, Origin page, BrowserRequest request,
		Optional<HttpResponse> preflightResponse, HttpResponse response, Optional<HttpResponse> redirectResponse,
		Optional<HttpResponse> redirectPreflightResponse) {

	public ExplainCase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(preflightResponse, "preflightResponse");
		Objects.requireNonNull(response, "response");
		Objects.requireNonNull(redirectResponse, "redirectResponse");
		Objects.requireNonNull(redirectPreflightResponse, "redirectPreflightResponse");
	}

}
