package dev.policysim.browser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrowserTests {

	private static final Origin PAGE = Origin.parse("https://portal.contoso.com");

	private static final String URL = "https://contoso.azure-api.net/orders/42";

	private final List<HttpRequest> received = new ArrayList<>();

	private final Browser browser = new Browser();

	@Test
	void neverSendsTheSubscriptionKeyOrCredentialsOnAPreflight() {
		BrowserRequest request = BrowserRequest.fetch("GET", URL,
				HttpHeaders.of("Ocp-Apim-Subscription-Key", "starter-key"), "", CredentialsMode.INCLUDE);
		CorsVerdict verdict = this.browser.fetch(PAGE, request, this::unauthorized, Instant.EPOCH);
		HttpRequest preflight = this.received.get(0);
		assertThat(preflight.method()).isEqualTo("OPTIONS");
		assertThat(preflight.headers().contains("Ocp-Apim-Subscription-Key")).isFalse();
		assertThat(preflight.headers().contains("Cookie")).isFalse();
		assertThat(preflight.headers().get("Access-Control-Request-Headers")).hasValue("ocp-apim-subscription-key");
		assertThat(preflight.headers().get("Origin")).hasValue("https://portal.contoso.com");
		assertThat(verdict.failure().map(CorsFailure::error)).hasValue(CorsError.PREFLIGHT_MISSING_ALLOW_ORIGIN_HEADER);
		assertThat(verdict.console()).hasValue("Access to fetch at 'https://contoso.azure-api.net/orders/42' from origin "
				+ "'https://portal.contoso.com' has been blocked by CORS policy: Response to preflight request doesn't pass "
				+ "access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
		assertThat(verdict.explanation().why()).contains("subscription key");
		assertThat(this.received).hasSize(1);
	}

	@Test
	void sendsThePreflightAgainOnlyWhenTheCallersClockPassesTheMaxAge() {
		BrowserRequest request = BrowserRequest.fetch("PUT", URL, HttpHeaders.EMPTY, "{}", CredentialsMode.OMIT);
		Server server = this::allowingPut;
		Instant start = Instant.parse("2026-01-01T10:00:00Z");
		assertThat(this.browser.fetch(PAGE, request, server, start).preflightsSent()).isOne();
		CorsVerdict cached = this.browser.fetch(PAGE, request, server, start.plusSeconds(599));
		assertThat(cached.preflightsSent()).isZero();
		assertThat(cached.firstPreflight().map(PreflightStep::fromCache)).hasValue(true);
		assertThat(this.browser.fetch(PAGE, request, server, start.plusSeconds(600)).preflightsSent()).isOne();
	}

	@Test
	void readsOnlySafelistedAndExposedHeaders() {
		BrowserRequest request = BrowserRequest.fetch("GET", URL, HttpHeaders.EMPTY, "", CredentialsMode.OMIT);
		CorsVerdict verdict = this.browser.fetch(PAGE, request,
				(sent) -> new HttpResponse(200, HttpHeaders.of("Access-Control-Allow-Origin", "*", "Content-Type",
						"application/json", "X-Request-Id", "r-1", "X-Trace", "t", "Access-Control-Expose-Headers",
						"x-request-id"), "{}"),
				Instant.EPOCH);
		assertThat(verdict.readable().names()).containsExactly("content-type", "x-request-id");
		assertThat(verdict.explanation().fix()).contains("x-trace");
	}

	@Test
	void refusesARequestUrlThatIsNotHttp() {
		BrowserRequest request = BrowserRequest.fetch("GET", "ftp://contoso/x", HttpHeaders.EMPTY, "",
				CredentialsMode.OMIT);
		assertThatIllegalArgumentException().isThrownBy(() -> this.browser.fetch(PAGE, request, this::unauthorized,
				Instant.EPOCH));
	}

	private HttpResponse unauthorized(HttpRequest request) {
		this.received.add(request);
		return new HttpResponse(401, HttpHeaders.of("WWW-Authenticate", "AzureApiManagementKey"), "");
	}

	private HttpResponse allowingPut(HttpRequest request) {
		return new HttpResponse(request.method().equals("OPTIONS") ? 204 : 200, HttpHeaders.of(
				"Access-Control-Allow-Origin", "*", "Access-Control-Allow-Methods", "PUT", "Access-Control-Max-Age", "600"),
				"");
	}

}
