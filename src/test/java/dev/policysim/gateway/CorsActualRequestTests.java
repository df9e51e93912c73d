package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.workspace.KeyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.Requests.PORTAL;
import static dev.policysim.gateway.Requests.at;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The cors policy on actual requests (gateway.md §5). */
class CorsActualRequestTests {

	private static final String FABRIKAM = "https://www.fabrikam.com";

	private static final String PORTAL_ONLY = "<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>";

	private static String cors(String attributes, String children) {
		return "<cors " + attributes + ">" + children + "</cors>";
	}

	private static Gateway gateway(String inboundPolicies) {
		return GatewayFixture.orders(inbound(inboundPolicies)).gateway();
	}

	@Test
	void doesNothingWithoutOrigin() {
		GatewayExchange exchange = send(gateway(cors("", PORTAL_ONLY)), request("GET", "/orders/42"));

		TraceStep cors = step(exchange, "cors");
		assertThat(cors.outcome()).isEqualTo(StepOutcome.SKIPPED);
		assertThat(cors.detail()).isEqualTo("Origin header was missing or empty and the request was classified as not "
				+ "cross-domain. CORS policy was not applied.");
		assertThat(cors.basis()).isEqualTo(Basis.OBSERVED);
		assertThat(exchange.cors()).isEmpty();
		assertThat(header(exchange, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
	}

	@Test
	void addsTheHeadersOfAMatchingCorsToTheBackendResponse() {
		Gateway gateway = gateway(cors("allow-credentials=\"true\"",
				PORTAL_ONLY + "<expose-headers><header>X-Request-Id</header><header>X-Total</header></expose-headers>"));

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().body()).isEqualTo("{}");
		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(header(exchange, "Access-Control-Allow-Credentials")).contains("true");
		assertThat(header(exchange, "Access-Control-Expose-Headers")).contains("X-Request-Id,X-Total");
		assertThat(header(exchange, "Vary")).contains("Origin");
		assertThat(header(exchange, "Access-Control-Allow-Methods")).isEmpty();
		assertThat(exchange.cors()).singleElement().satisfies((decision) -> {
			assertThat(decision.preflight()).isFalse();
			assertThat(decision.originAllowed()).isTrue();
			assertThat(decision.terminated()).isFalse();
		});
	}

	@Test
	void answersAWildcardWithoutCredentialsWithAStar() {
		GatewayExchange exchange = send(gateway(cors("", "<allowed-origins><origin>*</origin></allowed-origins>")),
				request("GET", "/orders/42", "Origin", FABRIKAM));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains("*");
	}

	@Test
	void replacesCorsHeadersTheBackendSent() {
		MockBackend backend = new MockBackend(new HttpResponse(200,
				HttpHeaders.of("Access-Control-Allow-Origin", "https://other.example", "Vary", "Accept-Encoding"), ""));

		GatewayExchange exchange = gateway(cors("", PORTAL_ONLY)).handle(request("GET", "/orders/42", "Origin", PORTAL),
				backend, at(0));

		assertThat(exchange.response().headers().all("Access-Control-Allow-Origin")).containsExactly(PORTAL);
		assertThat(exchange.response().headers().all("Vary")).containsExactly("Accept-Encoding", "Origin");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(nullValues = "-", value = { "GET, terminate-unmatched-request=\"true\", CORS_TERMINATED, DOCUMENTED",
			"HEAD, -, CORS_TERMINATED, DOCUMENTED", "POST, terminate-unmatched-request=\"true\", BACKEND, ASSUMED",
			"GET, terminate-unmatched-request=\"false\", BACKEND, DOCUMENTED",
			"DELETE, terminate-unmatched-request=\"false\", BACKEND, DOCUMENTED" })
	void handlesAnUnmatchedOriginByMethodAndTerminate(String method, String attribute, Responder responder, Basis basis) {
		Gateway gateway = new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS,
				inbound(cors((attribute != null) ? attribute : "", PORTAL_ONLY)),
				GatewayFixture.operation("head-order", "HEAD", "/{orderId}"),
				GatewayFixture.operation("post-order", "POST", "/{orderId}")).gateway();

		GatewayExchange exchange = send(gateway, request(method, "/orders/42", "Origin", FABRIKAM));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.answeredBy()).isEqualTo(responder);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(step(exchange, "cors").basis()).isEqualTo(basis);
		boolean terminated = responder == Responder.CORS_TERMINATED;
		assertThat(exchange.cors()).singleElement().satisfies((decision) -> assertThat(decision.terminated()).isEqualTo(terminated));
		if (terminated) {
			assertThat(exchange.response().body()).isEmpty();
			assertThat(exchange.response().headers().isEmpty()).isTrue();
			assertThat(exchange.trace()).extracting(TraceStep::policy).doesNotContain("backend", "forward-request");
		}
	}

	@Test
	void theNextCorsActsWhenAnEarlierOneLetTheRequestGoOn() {
		Gateway gateway = gateway(cors("terminate-unmatched-request=\"false\"", PORTAL_ONLY)
				+ cors("", "<allowed-origins><origin>https://www.fabrikam.com</origin></allowed-origins>"));

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", FABRIKAM));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(FABRIKAM);
		assertThat(exchange.cors()).extracting(CorsDecision::originAllowed).containsExactly(false, true);
	}

	@Test
	void onlyTheFirstMatchingCorsApplies() {
		Gateway gateway = gateway(cors("", PORTAL_ONLY)
				+ cors("allow-credentials=\"true\"", PORTAL_ONLY + "<expose-headers><header>X</header></expose-headers>"));

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", PORTAL));

		assertThat(header(exchange, "Access-Control-Allow-Credentials")).isEmpty();
		assertThat(header(exchange, "Access-Control-Expose-Headers")).isEmpty();
		assertThat(exchange.cors()).hasSize(1);
		assertThat(exchange.trace().stream().filter((step) -> step.policy().equals("cors")).map(TraceStep::outcome))
			.containsExactly(StepOutcome.APPLIED, StepOutcome.SKIPPED);
	}

	@ParameterizedTest
	@CsvSource({ "true, true", "false, false" })
	void anErrorAfterAMatchingCorsCarriesItsHeadersByProfile(boolean onLaterErrors, boolean expected) {
		GatewayProfile profile = new GatewayProfile("test", true, onLaterErrors, true);
		Gateway gateway = GatewayFixture.orders(inbound(cors("", PORTAL_ONLY)
				+ "<ip-filter action=\"forbid\"><address>198.51.100.1</address></ip-filter>")).gateway(profile);

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(403);
		assertThat(header(exchange, "Access-Control-Allow-Origin").isPresent()).isEqualTo(expected);
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> assertThat(failure.corsRanBefore()).isTrue());
		assertThat(step(exchange, "cors-headers").basis()).isEqualTo(Basis.ASSUMED);
	}

	@Test
	void anErrorBeforeCorsHasNoCorsHeaders() {
		Gateway gateway = gateway("<ip-filter action=\"forbid\"><address>198.51.100.1</address></ip-filter>"
				+ cors("", PORTAL_ONLY));

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(403);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(exchange.cors()).isEmpty();
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.corsRanBefore()).isFalse();
			assertThat(failure.element().map((element) -> element.name())).contains("ip-filter");
		});
	}

	@Test
	void aPolicyAnswerAfterAMatchingCorsCarriesItsHeaders() {
		GatewayExchange exchange = send(gateway(cors("", PORTAL_ONLY) + "<return-response />"),
				request("GET", "/orders/42", "Origin", PORTAL));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.POLICY);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(PORTAL);
	}

	@ParameterizedTest
	@CsvSource({ "https://portal.contoso.com, true", "HTTPS://PORTAL.CONTOSO.COM, true",
			"https://portal.contoso.com:443, true", "https://portal.contoso.com/, true", "http://portal.contoso.com, false",
			"https://portal.contoso.com:8443, false", "https://staging.portal.contoso.com, false", "null, false" })
	void comparesOriginsAsApimDoesAndEchoesTheRequestOrigin(String origin, boolean allowed) {
		Gateway gateway = gateway(cors("terminate-unmatched-request=\"false\"", PORTAL_ONLY));

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", "Origin", origin));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).isEqualTo(allowed ? Optional.of(origin) : Optional.empty());
	}

}
