package dev.policysim.browser;

import java.util.Objects;

/**
 * A preflight the browser needed for one URL of the request (the first URL, or a redirect target).
 *
 * @param url the URL it was for
 * @param request what it sends
 * @param fromCache whether a cached result made sending it unnecessary
 */
public record PreflightStep(WebUrl url, PreflightRequest request, boolean fromCache) {

	public PreflightStep {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(request, "request");
	}

}
