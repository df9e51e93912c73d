package dev.policysim.gateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.workspace.KeyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.GatewayFixture.operation;
import static dev.policysim.gateway.Requests.PORTAL;
import static dev.policysim.gateway.Requests.preflight;
import static org.assertj.core.api.Assertions.assertThat;

/** The cors policy on preflights (gateway.md §5): every branch of the answer. */
class CorsPreflightTests {

	private static final String ORIGIN = "<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>";

	private static String cors(String attributes, String children) {
		return "<cors " + attributes + ">" + children + "</cors>";
	}

	private static Gateway gateway(String inboundPolicies) {
		return new GatewayFixture()
			.ordersApi(false, KeyNames.DEFAULTS, inbound(inboundPolicies), operation("replace-order", "PUT", "/{orderId}"),
					operation("update-order", "PATCH", "/{orderId}"), operation("post-order", "POST", "/{orderId}"))
			.gateway();
	}

	@ParameterizedTest(name = "{0} | {1} {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			// children | origin | method | requested headers | ACAO | ACAC | ACAM | ACAH | max age | method allowed | refused
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-methods preflight-result-max-age=\"300\"><method>GET</method><method>DELETE</method></allowed-methods><allowed-headers><header>Content-Type</header></allowed-headers>"
					+ " | https://portal.contoso.com | DELETE | content-type | https://portal.contoso.com | - | GET,DELETE | Content-Type | 300 | true | -",
			"<allowed-origins><origin>HTTPS://Portal.Contoso.com:443/</origin></allowed-origins> | https://portal.contoso.com | GET | - | https://portal.contoso.com | - | GET,POST | - | - | true | -",
			"<allowed-origins><origin>http://localhost:8080/</origin></allowed-origins> | http://localhost:8080 | POST | - | http://localhost:8080 | - | GET,POST | - | - | true | -",
			"<allowed-origins><origin>*</origin></allowed-origins> | https://any.example | GET | - | * | - | GET,POST | - | - | true | -",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins> | https://portal.contoso.com | PUT | - | https://portal.contoso.com | - | GET,POST | - | - | false | -",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-methods><method>*</method></allowed-methods> | https://portal.contoso.com | patch | - | https://portal.contoso.com | - | patch | - | - | true | -",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-headers><header>*</header></allowed-headers> | https://portal.contoso.com | GET | 'content-type,x-custom' | https://portal.contoso.com | - | GET,POST | 'content-type,x-custom' | - | true | -",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-headers><header>Content-Type</header></allowed-headers> | https://portal.contoso.com | GET | 'content-type,ocp-apim-subscription-key' | https://portal.contoso.com | - | GET,POST | 'Content-Type,Ocp-Apim-Subscription-Key' | - | true | -",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-headers><header>Content-Type</header></allowed-headers> | https://portal.contoso.com | GET | 'content-type,x-custom' | https://portal.contoso.com | - | GET,POST | Content-Type | - | true | x-custom",
			"<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins><allowed-methods preflight-result-max-age=\"0\"><method>GET</method></allowed-methods> | https://portal.contoso.com | GET | - | https://portal.contoso.com | - | GET | - | - | true | -" })
	void answersAnAllowedOriginWithWhatIsAllowed(String children, String origin, String method, String requested,
			String allowOrigin, String credentials, String methods, String headers, String maxAge, boolean methodAllowed,
			String refused) {
		Gateway gateway = gateway(cors("allow-credentials=\"false\"", children));

		GatewayExchange exchange = send(gateway, preflight("/orders/42", origin, method, (requested != null) ? requested : ""));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().body()).isEmpty();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(allowOrigin);
		assertThat(header(exchange, "Access-Control-Allow-Credentials")).isEqualTo(Optional.ofNullable(credentials));
		assertThat(header(exchange, "Access-Control-Allow-Methods")).contains(methods);
		assertThat(header(exchange, "Access-Control-Allow-Headers")).isEqualTo(Optional.ofNullable(headers));
		assertThat(header(exchange, "Access-Control-Max-Age")).isEqualTo(Optional.ofNullable(maxAge));
		assertThat(header(exchange, "Vary")).contains("Origin");
		CorsDecision decision = exchange.cors().get(0);
		assertThat(decision.preflight()).isTrue();
		assertThat(decision.originAllowed()).isTrue();
		assertThat(decision.methodAllowed()).isEqualTo(methodAllowed);
		assertThat(decision.headersRefused()).isEqualTo((refused != null) ? List.of(refused) : List.of());
		assertThat(decision.terminated()).isTrue();
	}

	@Test
	void echoesTheOriginForAWildcardWithCredentials() {
		Gateway gateway = gateway(cors("allow-credentials=\"true\"", "<allowed-origins><origin>*</origin></allowed-origins>"));

		GatewayExchange exchange = send(gateway, preflight("/orders/42", "https://www.fabrikam.com", "GET", "x-a"));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains("https://www.fabrikam.com");
		assertThat(header(exchange, "Access-Control-Allow-Credentials")).contains("true");
		assertThat(exchange.cors().get(0).credentialsAllowed()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "terminate-unmatched-request=\"true\", true, true, false",
			"-, true, true, true", "-, false, false, true", "terminate-unmatched-request=\"false\", true, false, false" })
	void endsAnUnmatchedOriginWithAnEmptyOkWithoutCorsHeaders(String attribute, boolean profileDefault,
			boolean terminate, boolean fromProfile) {
		GatewayProfile profile = new GatewayProfile("test", profileDefault, true, true);
		Gateway gateway = GatewayFixture.orders(inbound(cors((attribute != null) ? attribute : "", ORIGIN))).gateway(profile);

		GatewayExchange exchange = send(gateway, preflight("/orders/42", "https://www.fabrikam.com", "GET", "x-a"));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().headers()).isEqualTo(HttpHeaders.EMPTY);
		assertThat(exchange.response().body()).isEmpty();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.CORS_TERMINATED);
		CorsDecision decision = exchange.cors().get(0);
		assertThat(decision.originAllowed()).isFalse();
		assertThat(decision.terminateUnmatched()).isEqualTo(terminate);
		assertThat(decision.terminateFromProfile()).isEqualTo(fromProfile);
		assertThat(decision.terminated()).isEqualTo(terminate);
		assertThat(exchange.failure()).isEmpty();
	}

	@Test
	void fallsBackToTheNextDirectChildCorsWhenTerminateIsFalse() {
		String partners = "<allowed-origins><origin>https://partners.fabrikam.com</origin></allowed-origins>";
		Gateway gateway = gateway(cors("terminate-unmatched-request=\"false\"", ORIGIN)
				+ "<set-header name=\"x\" exists-action=\"override\"><value>1</value></set-header>"
				+ cors("terminate-unmatched-request=\"true\"", partners));

		GatewayExchange exchange = send(gateway, preflight("/orders/42", "https://partners.fabrikam.com", "GET", ""));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains("https://partners.fabrikam.com");
		assertThat(exchange.cors()).extracting(CorsDecision::originAllowed).containsExactly(false, true);
		assertThat(exchange.trace()).extracting(TraceStep::policy).doesNotContain("set-header");
	}

	@Test
	void anEmptyOkWhenNoCorsMatchesAfterFallingBack() {
		Gateway gateway = gateway(cors("terminate-unmatched-request=\"false\"", ORIGIN));

		GatewayExchange exchange = send(gateway, preflight("/orders/42", "https://www.fabrikam.com", "GET", ""));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().headers().isEmpty()).isTrue();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.CORS_TERMINATED);
		assertThat(exchange.cors()).singleElement().satisfies((decision) -> assertThat(decision.terminated()).isFalse());
		assertThat(step(exchange, "cors").detail()).contains("no cors element allows origin");
	}

	@Test
	void onlyCorsRunsOnAPreflight() {
		Gateway gateway = gateway("<rate-limit calls=\"1\" renewal-period=\"60\" />"
				+ "<ip-filter action=\"forbid\"><address>198.51.100.1</address></ip-filter>" + cors("", ORIGIN));

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "GET", ""));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(exchange.trace()).extracting(TraceStep::policy).containsExactly("operation-match", "subscription-check",
				"cors");
	}

	@Test
	void aCorsInsideChooseDoesNotAnswerAPreflight() {
		Gateway gateway = gateway("<choose><when condition=\"@(true)\">" + cors("", ORIGIN) + "</when></choose>");

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "GET", ""));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(header(exchange, "Access-Control-Allow-Methods")).isEmpty();
		assertThat(exchange.cors()).singleElement().satisfies((decision) -> assertThat(decision.preflight()).isFalse());
	}

	@Test
	void anOptionsOperationGetsOnlyTheActualRequestHeaders() {
		Gateway gateway = new GatewayFixture()
			.ordersApi(true, KeyNames.DEFAULTS, inbound(cors("", ORIGIN)), operation("options", "OPTIONS", "/{orderId}"))
			.subscription("sub", "/apis/orders", "key")
			.gateway();

		GatewayExchange keyless = send(gateway, preflight("/orders/42", PORTAL, "GET", ""));
		GatewayExchange keyed = send(gateway, preflight("/orders/42?subscription-key=key", PORTAL, "GET", ""));

		assertThat(keyless.response().status()).isEqualTo(401);
		assertThat(keyed.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(header(keyed, "Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(header(keyed, "Access-Control-Allow-Methods")).isEmpty();
	}

	@Test
	void evaluatesExpressionsInCorsSettings() {
		Gateway gateway = GatewayFixture.orders(inbound(cors("allow-credentials=\"@(1 == 1)\"",
				"<allowed-origins><origin>@(\"https://portal.\" + \"contoso.com\")</origin></allowed-origins>")))
			.gateway(Map.of());

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "GET", ""));

		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(header(exchange, "Access-Control-Allow-Credentials")).contains("true");
	}

}
