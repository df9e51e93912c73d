package dev.policysim.browser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;

/**
 * What the browser did with one request and what the script got.
 *
 * @param page the origin of the page that made the request
 * @param request the request as the script made it
 * @param outcome delivered or blocked
 * @param crossOrigin whether the request URL is cross-origin to the page
 * @param preflights the preflights needed, per URL, sent or served from the cache
 * @param exchanges every request sent and its response, in order
 * @param failure the CORS error; empty when delivered or blocked for another reason
 * @param console the line Chromium prints to the console; empty when it prints none
 * @param scriptError the exception the script sees; empty when delivered
 * @param networkError the net error of a non-CORS failure (e.g. {@code net::ERR_UNSAFE_REDIRECT})
 * @param status the status script sees; empty when blocked
 * @param readable the response headers script can read, names lower-cased
 */
public record CorsVerdict(Origin page, BrowserRequest request, Outcome outcome, boolean crossOrigin, List<PreflightStep> preflights,
		List<Exchange> exchanges, Optional<CorsFailure> failure, Optional<String> console,
		Optional<String> scriptError, Optional<String> networkError, Optional<Integer> status, HttpHeaders readable) {

	public CorsVerdict {
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(outcome, "outcome");
		preflights = List.copyOf(preflights);
		exchanges = List.copyOf(exchanges);
		Objects.requireNonNull(failure, "failure");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(scriptError, "scriptError");
		Objects.requireNonNull(networkError, "networkError");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(readable, "readable");
	}

	/**
	 * Why, in plain words, and the fix on the server side. Worded on each call rather than with
	 * the verdict: a simulation makes a verdict for every request and puts few of them into words.
	 * @return the explanation
	 */
	public Explanation explanation() {
		return new CorsExplainer(this.page, this.request, this).explain();
	}

	/** How many preflights actually went over the network. */
	public long preflightsSent() {
		return this.exchanges.stream().filter(Exchange::preflight).count();
	}

	/** The first preflight the request needed, sent or from the cache. */
	public Optional<PreflightStep> firstPreflight() {
		return this.preflights.stream().findFirst();
	}

}
