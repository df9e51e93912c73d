package dev.policysim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;

/** Collects what happened during one request and turns it into a {@link CorsVerdict}. */
final class VerdictBuilder {

	private final Origin page;

	private final BrowserRequest request;

	private final WebUrl initialUrl;

	private final List<PreflightStep> preflights = new ArrayList<>();

	private final List<Exchange> exchanges = new ArrayList<>();

	VerdictBuilder(Origin page, BrowserRequest request, WebUrl initialUrl) {
		this.page = page;
		this.request = request;
		this.initialUrl = initialUrl;
	}

	void preflight(PreflightStep step) {
		this.preflights.add(step);
	}

	void exchanged(Exchange exchange) {
		this.exchanges.add(exchange);
	}

	CorsVerdict refusedByScriptApi(String typeError) {
		return build(Outcome.BLOCKED, Optional.empty(), Optional.empty(), Optional.of(typeError), Optional.empty(),
				Optional.empty(), HttpHeaders.EMPTY);
	}

	CorsVerdict refusedSameOriginMode(WebUrl url) {
		return build(Outcome.BLOCKED, Optional.empty(), Optional.of(ConsoleMessage.sameOriginModeRefused(url, this.page)),
				Optional.of(failedRequest()), Optional.empty(), Optional.empty(), HttpHeaders.EMPTY);
	}

	CorsVerdict networkError(String netError) {
		return build(Outcome.BLOCKED, Optional.empty(), Optional.empty(), Optional.of(failedRequest()),
				Optional.of(netError), Optional.empty(), HttpHeaders.EMPTY);
	}

	CorsVerdict blocked(CorsFailure failure, WebUrl lastUrl) {
		String console = ConsoleMessage.corsBlocked(this.request.initiator(), this.initialUrl, lastUrl, this.page,
				failure);
		return build(Outcome.BLOCKED, Optional.of(failure), Optional.of(console), Optional.of(failedRequest()),
				Optional.of("net::ERR_FAILED"), Optional.empty(), HttpHeaders.EMPTY);
	}

	CorsVerdict delivered(int status, HttpHeaders readable) {
		return build(Outcome.DELIVERED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of(status), readable);
	}

	/** What the script sees when the browser fails the request: fetch rejects, XHR fires error. */
	private String failedRequest() {
		return (this.request.initiator() == Initiator.FETCH) ? "TypeError: Failed to fetch" : "error event";
	}

	private CorsVerdict build(Outcome outcome, Optional<CorsFailure> failure, Optional<String> console,
			Optional<String> scriptError, Optional<String> networkError, Optional<Integer> status,
			HttpHeaders readable) {
		return new CorsVerdict(this.page, this.request, outcome, !this.page.isSameOrigin(this.initialUrl),
				this.preflights, this.exchanges, failure, console, scriptError, networkError, status, readable);
	}

}
