package dev.policysim.browser;

import java.time.Instant;
import java.util.Objects;

/**
 * A simulated Chromium tab: makes requests for a page the way Chromium 156 does and keeps its
 * preflight cache between them. The caller supplies the time of each request, so a scenario's
 * clock (not the system clock) decides when a cached preflight expires.
 */
public final class Browser {

	private final PreflightCache cache = new PreflightCache();

	/**
	 * Makes one request and tells what the script gets.
	 * @param page the origin of the page running the script
	 * @param request the request as the script makes it
	 * @param server what answers the browser's requests
	 * @param now the time of the request on the caller's clock
	 * @return the verdict
	 * @throws IllegalArgumentException when the request URL is not an absolute http(s) URL
	 */
	public CorsVerdict fetch(Origin page, BrowserRequest request, Server server, Instant now) {
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(server, "server");
		Objects.requireNonNull(now, "now");
		return new FetchProcess(page, request, server, this.cache, now).run();
	}

}
