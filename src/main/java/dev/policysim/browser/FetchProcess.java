package dev.policysim.browser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;

/**
 * One request through Chromium's {@code CorsURLLoader}: the CORS flag, the preflight (or the
 * cache), the actual request, each redirect (CORS-checked, tainting the origin, possibly needing a
 * new preflight) and the final CORS check. research/browser-cors.md §2.5 lists the steps.
 */
final class FetchProcess {

	private static final int MAX_REDIRECTS = 20;

	/**
	 * A request Blink itself stops, which DevTools reports as {@code Network.loadingFailed} with
	 * {@code blockedReason: "origin"} and no net error.
	 */
	static final String BLOCKED_BY_ORIGIN = "blocked:origin";

	private final Origin page;

	private final BrowserRequest request;

	private final Server server;

	private final PreflightCache cache;

	private final Instant now;

	private final VerdictBuilder verdict;

	private RequestMethod method = new RequestMethod("GET");

	private HttpHeaders headers = HttpHeaders.EMPTY;

	private String body = "";

	private WebUrl currentUrl;

	private boolean corsFlag;

	private boolean tainted;

	private boolean crossedOrigin;

	private int redirects;

	FetchProcess(Origin page, BrowserRequest request, Server server, PreflightCache cache, Instant now) {
		this.page = page;
		this.request = request;
		this.server = server;
		this.cache = cache;
		this.now = now;
		this.currentUrl = WebUrl.parse(request.url());
		this.verdict = new VerdictBuilder(page, request, this.currentUrl);
	}

	CorsVerdict run() {
		RequestConstructor.Constructed constructed = RequestConstructor.construct(this.request);
		if (constructed.typeError().isPresent()) {
			return this.verdict.refusedByScriptApi(constructed.typeError().get());
		}
		if (this.request.initiator() == Initiator.FETCH && this.currentUrl.hasCredentials()) {
			return this.verdict.refusedByScriptApi("TypeError: " + Initiator.FETCH.exceptionPrefix()
					+ "Request cannot be constructed from a URL that includes credentials: " + this.request.url());
		}
		this.method = constructed.method();
		this.headers = constructed.headers();
		this.body = constructed.body();
		if (this.request.mode() == RequestMode.SAME_ORIGIN && !this.page.isSameOrigin(this.currentUrl)) {
			return this.verdict.refusedSameOriginMode(this.currentUrl);
		}
		while (true) {
			Optional<CorsVerdict> end = hop();
			if (end.isPresent()) {
				return end.get();
			}
		}
	}

	private Optional<CorsVerdict> hop() {
		boolean crossOrigin = !this.page.isSameOrigin(this.currentUrl);
		this.crossedOrigin |= crossOrigin;
		if (this.request.mode() != RequestMode.NO_CORS && crossOrigin) {
			this.corsFlag = true;
		}
		if (this.corsFlag && this.request.mode() == RequestMode.SAME_ORIGIN) {
			// A same-origin request redirected to another origin: Blink blocks it before the
			// network service could report DisallowedByMode, and prints nothing (Chromium 156).
			return Optional.of(this.verdict.networkError(BLOCKED_BY_ORIGIN));
		}
		if (this.corsFlag && this.request.mode() == RequestMode.CORS) {
			List<String> unsafe = RequestHeaderSafelist.unsafeNames(this.headers);
			Optional<CorsFailure> failure = needsPreflight(unsafe) ? preflight(unsafe) : Optional.empty();
			if (failure.isPresent()) {
				return Optional.of(blocked(failure.get()));
			}
		}
		HttpRequest actual = new HttpRequest(this.method.value(), this.currentUrl.withoutCredentials().serialize(),
				withOrigin(this.headers), this.body);
		HttpResponse response = this.server.answer(actual);
		this.verdict.exchanged(new Exchange(false, actual, response));
		Optional<String> location = response.redirectLocation();
		return location.isPresent() ? redirect(response, location.get()) : Optional.of(finish(response));
	}

	/** A request in mode cors needs a preflight for a method or a header that is not safelisted. */
	private boolean needsPreflight(List<String> unsafe) {
		return !this.method.isCorsSafelisted() || !unsafe.isEmpty();
	}

	private Optional<CorsFailure> preflight(List<String> unsafe) {
		PreflightRequest preflight = new PreflightRequest(this.method.value(), unsafe);
		boolean include = include();
		if (this.cache.covers(this.page, this.currentUrl, include, this.method, unsafe, this.now)) {
			this.verdict.preflight(new PreflightStep(this.currentUrl, preflight, true));
			return Optional.empty();
		}
		this.verdict.preflight(new PreflightStep(this.currentUrl, preflight, false));
		HttpRequest options = preflight.toHttpRequest(this.currentUrl.withoutCredentials(), originValue());
		HttpResponse response = this.server.answer(options);
		this.verdict.exchanged(new Exchange(true, options, response));
		PreflightResult.Parsed checked = PreflightCheck.check(response, originValue(), include, this.method, unsafe);
		checked.result().ifPresent((result) -> this.cache.store(this.page, this.currentUrl, result, this.now));
		return checked.failure();
	}

	private Optional<CorsVerdict> redirect(HttpResponse response, String location) {
		if (!WebUrl.isHttpLocation(this.currentUrl, location)) {
			return Optional.of(this.verdict.networkError("net::ERR_UNSAFE_REDIRECT"));
		}
		if (this.corsFlag) {
			Optional<CorsFailure> failure = AllowOriginCheck.check(response.headers(), originValue(), include());
			if (failure.isPresent()) {
				return Optional.of(blocked(failure.get()));
			}
		}
		if (this.redirects++ == MAX_REDIRECTS) {
			return Optional.of(this.verdict.networkError("net::ERR_TOO_MANY_REDIRECTS"));
		}
		WebUrl next = this.currentUrl.resolve(location);
		boolean corsMode = this.request.mode() == RequestMode.CORS;
		if (next.hasCredentials() && ((corsMode && (this.tainted || !this.page.isSameOrigin(next))) || this.corsFlag)) {
			return Optional.of(blocked(CorsFailure.of(CorsError.REDIRECT_CONTAINS_CREDENTIALS, "")));
		}
		boolean crossOriginHop = !next.origin().equals(this.currentUrl.origin());
		if (crossOriginHop && !this.page.isSameOrigin(this.currentUrl)) {
			this.tainted = true;
		}
		rewriteForRedirect(response.status(), crossOriginHop);
		this.currentUrl = next;
		return Optional.empty();
	}

	/**
	 * HTTP-redirect fetch: 301/302 turn POST into GET and 303 turns anything but GET/HEAD into GET,
	 * dropping the body and its headers; Blink drops {@code Authorization} on a cross-origin hop.
	 */
	private void rewriteForRedirect(int status, boolean crossOriginHop) {
		boolean toGet = ((status == 301 || status == 302) && this.method.value().equals("POST"))
				|| (status == 303 && !this.method.isGetOrHead());
		if (toGet) {
			this.method = new RequestMethod("GET");
			this.body = "";
			for (String name : List.of("Content-Type", "Content-Encoding", "Content-Language", "Content-Location")) {
				this.headers = this.headers.without(name);
			}
		}
		if (crossOriginHop) {
			this.headers = this.headers.without("Authorization");
		}
	}

	private CorsVerdict finish(HttpResponse response) {
		if (this.corsFlag) {
			Optional<CorsFailure> failure = AllowOriginCheck.check(response.headers(), originValue(), include());
			if (failure.isPresent()) {
				return blocked(failure.get());
			}
			return this.verdict.delivered(response.status(), ResponseExposure.corsReadable(response.headers(), include()));
		}
		if (this.request.mode() == RequestMode.NO_CORS && (this.crossedOrigin || this.tainted)) {
			// An opaque response: status 0, no headers, no body.
			return this.verdict.delivered(0, HttpHeaders.EMPTY);
		}
		return this.verdict.delivered(response.status(), ResponseExposure.sameOriginReadable(response.headers()));
	}

	private CorsVerdict blocked(CorsFailure failure) {
		return this.verdict.blocked(failure, this.currentUrl);
	}

	private HttpHeaders withOrigin(HttpHeaders lines) {
		boolean sendOrigin = this.corsFlag || !this.method.isGetOrHead();
		return sendOrigin ? lines.withReplaced("Origin", originValue()) : lines;
	}

	private String originValue() {
		return this.tainted ? Origin.OPAQUE : this.page.serialize();
	}

	private boolean include() {
		return this.request.credentials() == CredentialsMode.INCLUDE;
	}

}
