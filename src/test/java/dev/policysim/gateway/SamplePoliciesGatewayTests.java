package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.effective.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Requests.PORTAL;
import static dev.policysim.gateway.Requests.at;
import static dev.policysim.gateway.Requests.preflight;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sample workspace's requests, sent straight to the gateway as the browser would send them
 * (the preflight when one is needed, then the actual request), give what the sample's README says
 * the gateway answers: the status, the CORS headers the browser's verdict rests on, who answered,
 * and the element at fault.
 */
class SamplePoliciesGatewayTests {

	private static final String FABRIKAM = "https://www.fabrikam.com";

	private static final String KEY = "Ocp-Apim-Subscription-Key";

	private static final String KEY_REQUESTED = "ocp-apim-subscription-key";

	private static final String ACAO = "Access-Control-Allow-Origin";

	private static Gateway gateway(String sample) {
		return new Gateway(SampleWorkspaces.load(sample), GatewayProfile.DEFAULT, Map.of());
	}

	private static GatewayExchange send(Gateway gateway, GatewayRequest request, long at) {
		return gateway.handle(request, MockBackend.DEFAULT, at(at));
	}

	private static String failingElement(GatewayExchange exchange) {
		return exchange.failure().flatMap(GatewayFailure::element).map((element) -> {
			SourceLocation location = element.provenance().location();
			return location.file() + ":" + location.line() + ":" + location.column();
		}).orElse("none");
	}

	@ParameterizedTest
	@ValueSource(strings = { "00-healthy-reference", "01-no-cors", "02-base-missing-api", "03-rate-limit-before-cors",
			"04-product-policies-before-cors", "05-duplicate-cors", "06-renamed-key-header", "07-terminate-unmatched",
			"08-cors-product-scope", "09-credentials-wildcard" })
	void everySampleLoadsWithoutProblems(String sample) {
		assertThat(SampleWorkspaces.load(sample).problems()).isEmpty();
	}

	@Test
	void healthyReferenceAnswersEveryoneAndRefusesTheForeignSite() {
		Gateway gateway = gateway("00-healthy-reference");

		GatewayExchange preflight = send(gateway, preflight("/orders/42", PORTAL, "GET", KEY_REQUESTED), 0);
		assertThat(preflight.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(header(preflight, ACAO)).contains(PORTAL);
		assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET,POST,DELETE");
		assertThat(header(preflight, "Access-Control-Max-Age")).contains("300");
		for (int call = 0; call < 5; call++) {
			GatewayExchange ok = send(gateway, request("GET", "/orders/42", "Origin", PORTAL, KEY, "starter-key"), call);
			assertThat(ok.response().status()).isEqualTo(200);
			assertThat(header(ok, ACAO)).contains(PORTAL);
			assertThat(Calls.step(ok, "choose").detail()).contains("is true");
		}
		GatewayExchange limited = send(gateway, request("GET", "/orders/42", "Origin", PORTAL, KEY, "starter-key"), 5);
		assertThat(limited.response().status()).isEqualTo(429);
		assertThat(limited.response().body()).contains("Rate limit is exceeded. Try again in 55 seconds.");
		assertThat(header(limited, "Retry-After")).contains("55");
		assertThat(header(limited, ACAO)).contains(PORTAL);
		assertThat(failingElement(limited)).isEqualTo("products/starter/policy.xml:5:5");
		GatewayExchange cancel = send(gateway, request("DELETE", "/orders/42", "Origin", PORTAL, KEY, "unlimited-key"), 10);
		assertThat(cancel.response().status()).isEqualTo(200);
		assertThat(header(cancel, ACAO)).contains(PORTAL);
		GatewayExchange foreign = send(gateway,
				request("GET", "/orders/42?subscription-key=unlimited-key", "Origin", FABRIKAM), 20);
		assertThat(foreign.response().status()).isEqualTo(200);
		assertThat(foreign.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(header(foreign, ACAO)).isEmpty();
		assertThat(foreign.cors()).singleElement().satisfies((decision) -> assertThat(decision.originAllowed()).isFalse());
	}

	@Test
	void noCorsLeavesTheOrdersAnswerWithoutCorsHeaders() {
		Gateway gateway = gateway("01-no-cors");

		GatewayExchange catalog = send(gateway, request("GET", "/catalog/products?subscription-key=portal-key", "Origin", PORTAL), 0);
		GatewayExchange order = send(gateway, request("GET", "/orders/42?subscription-key=portal-key", "Origin", PORTAL), 1);

		assertThat(header(catalog, ACAO)).contains(PORTAL);
		assertThat(order.response().status()).isEqualTo(200);
		assertThat(order.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(header(order, ACAO)).isEmpty();
		assertThat(order.cors()).isEmpty();
	}

	@Test
	void baseMissingLeavesTheOrdersPreflightToTheSubscriptionCheck() {
		Gateway gateway = gateway("02-base-missing-api");

		GatewayExchange catalog = send(gateway, preflight("/catalog/products", PORTAL, "GET", KEY_REQUESTED), 0);
		GatewayExchange order = send(gateway, preflight("/orders/42", PORTAL, "GET", KEY_REQUESTED), 1);

		assertThat(catalog.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(catalog.cors().get(0).headersRefused()).isEmpty();
		assertThat(header(catalog, "Access-Control-Allow-Headers")).contains("Content-Type,Ocp-Apim-Subscription-Key");
		assertThat(order.response().status()).isEqualTo(401);
		assertThat(order.answeredBy()).isEqualTo(Responder.SUBSCRIPTION_CHECK);
		assertThat(order.route().flatMap(Route::operation)).contains("get-order");
		assertThat(header(order, ACAO)).isEmpty();
		assertThat(order.failure().map(GatewayFailure::reason)).contains("SubscriptionKeyNotFound");
	}

	@Test
	void rateLimitBeforeCorsSendsThe429WithoutCorsHeaders() {
		Gateway gateway = gateway("03-rate-limit-before-cors");

		GatewayExchange preflight = send(gateway, preflight("/orders/42", PORTAL, "GET", KEY_REQUESTED), 0);
		assertThat(preflight.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(header(preflight, "Access-Control-Max-Age")).contains("300");
		for (int call = 0; call < 5; call++) {
			GatewayExchange ok = send(gateway, request("GET", "/orders/42", "Origin", PORTAL, KEY, "portal-key"), call);
			assertThat(header(ok, ACAO)).contains(PORTAL);
		}
		GatewayExchange limited = send(gateway, request("GET", "/orders/42", "Origin", PORTAL, KEY, "portal-key"), 5);

		assertThat(limited.response().status()).isEqualTo(429);
		assertThat(header(limited, ACAO)).isEmpty();
		assertThat(failingElement(limited)).isEqualTo("apis/orders/policy.xml:4:5");
		assertThat(limited.failure().map(GatewayFailure::corsRanBefore)).contains(false);
		assertThat(limited.cors()).isEmpty();
	}

	@Test
	void productPoliciesBeforeCorsHideOnlyTheStarter429() {
		Gateway gateway = gateway("04-product-policies-before-cors");

		GatewayExchange preflight = send(gateway, preflight("/orders/42?expand=lines", PORTAL, "GET", KEY_REQUESTED), 0);
		assertThat(preflight.route().flatMap(Route::product)).isEmpty();
		assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("GET");
		assertThat(header(preflight, "Access-Control-Allow-Headers")).contains(KEY_REQUESTED);
		assertThat(header(preflight, "Access-Control-Allow-Credentials")).contains("true");
		List<GatewayExchange> starter = new ArrayList<>();
		for (int call = 0; call < 6; call++) {
			starter.add(send(gateway, request("GET", "/orders/42?expand=lines", "Origin", PORTAL, KEY, "starter-key"), call));
		}
		assertThat(starter).extracting((exchange) -> exchange.response().status()).containsExactly(200, 200, 200, 200, 200, 429);
		GatewayExchange last = starter.get(5);
		assertThat(header(last, ACAO)).isEmpty();
		assertThat(failingElement(last)).isEqualTo("products/starter/policy.xml:4:5");
		for (int call = 0; call < 6; call++) {
			GatewayExchange unlimited = send(gateway,
					request("GET", "/orders/42?expand=lines", "Origin", PORTAL, KEY, "unlimited-key"), 10 + call);
			assertThat(unlimited.response().status()).isEqualTo(200);
			assertThat(header(unlimited, ACAO)).contains(PORTAL);
			assertThat(header(unlimited, "Access-Control-Expose-Headers")).contains("*");
		}
	}

	@Test
	void duplicateCorsNeverConsultsTheSecondList() {
		Gateway gateway = gateway("05-duplicate-cors");

		GatewayExchange portal = send(gateway, preflight("/orders/42", PORTAL, "GET", KEY_REQUESTED), 0);
		GatewayExchange partner = send(gateway, preflight("/orders/42", "https://partners.fabrikam.com", "GET", KEY_REQUESTED), 1);
		GatewayExchange portalCall = send(gateway, request("GET", "/orders/42", "Origin", PORTAL, KEY, "portal-key"), 0);

		assertThat(header(portal, ACAO)).contains(PORTAL);
		assertThat(portalCall.response().status()).isEqualTo(200);
		assertThat(header(portalCall, ACAO)).contains(PORTAL);
		assertThat(partner.response().status()).isEqualTo(200);
		assertThat(partner.response().headers().isEmpty()).isTrue();
		assertThat(partner.answeredBy()).isEqualTo(Responder.CORS_TERMINATED);
		assertThat(partner.cors()).singleElement().satisfies((decision) -> {
			assertThat(decision.element().provenance().location().toString()).isEqualTo("policy.xml:3");
			assertThat(decision.terminateUnmatched()).isTrue();
			assertThat(decision.terminateFromProfile()).isTrue();
			assertThat(decision.terminated()).isTrue();
		});
	}

	@Test
	void renamedKeyHeaderIsLeftOutOfTheAllowedHeaders() {
		GatewayExchange preflight = send(gateway("06-renamed-key-header"), preflight("/orders/42", PORTAL, "GET", "api-key"), 0);

		assertThat(preflight.response().status()).isEqualTo(200);
		assertThat(header(preflight, ACAO)).contains(PORTAL);
		assertThat(header(preflight, "Access-Control-Allow-Headers")).contains("Content-Type,Accept");
		assertThat(preflight.cors()).singleElement()
			.satisfies((decision) -> assertThat(decision.headersRefused()).containsExactly("api-key"));
	}

	@Test
	void terminateUnmatchedAnswersUnknownOriginsWithAnEmptyOk() {
		Gateway gateway = gateway("07-terminate-unmatched");

		GatewayExchange live = send(gateway, request("GET", "/orders/42?subscription-key=portal-key", "Origin", PORTAL), 0);
		assertThat(header(live, ACAO)).contains(PORTAL);
		for (String origin : List.of("https://staging.portal.contoso.com", FABRIKAM)) {
			GatewayExchange refused = send(gateway, request("GET", "/orders/42?subscription-key=portal-key", "Origin", origin), 1);
			assertThat(refused.response().status()).isEqualTo(200);
			assertThat(refused.response().body()).isEmpty();
			assertThat(refused.response().headers().isEmpty()).isTrue();
			assertThat(refused.answeredBy()).isEqualTo(Responder.CORS_TERMINATED);
			assertThat(refused.trace()).extracting(TraceStep::policy).doesNotContain("backend");
			assertThat(refused.cors().get(0).terminateFromProfile()).isTrue();
		}
	}

	@Test
	void productScopeCorsNeverMeetsAKeylessPreflight() {
		Gateway gateway = gateway("08-cors-product-scope");

		GatewayExchange preflight = send(gateway, preflight("/orders/42", PORTAL, "GET", KEY_REQUESTED), 0);
		GatewayExchange query = send(gateway, request("GET", "/orders/42?subscription-key=portal-key", "Origin", PORTAL), 1);

		assertThat(preflight.response().status()).isEqualTo(401);
		assertThat(preflight.answeredBy()).isEqualTo(Responder.SUBSCRIPTION_CHECK);
		assertThat(header(preflight, ACAO)).isEmpty();
		assertThat(query.route().flatMap(Route::product)).contains("portal");
		assertThat(query.response().status()).isEqualTo(200);
		assertThat(header(query, ACAO)).contains(PORTAL);
	}

	@Test
	void credentialsWithAWildcardEchoEveryOrigin() {
		Gateway gateway = gateway("09-credentials-wildcard");

		for (String origin : List.of(PORTAL, FABRIKAM)) {
			GatewayExchange exchange = send(gateway,
					request("GET", "https://api.contoso.com/orders/42", "Origin", origin, "Cookie", "session=1"), 0);
			assertThat(exchange.response().status()).isEqualTo(200);
			assertThat(header(exchange, ACAO)).isEqualTo(Optional.of(origin));
			assertThat(header(exchange, "Access-Control-Allow-Credentials")).contains("true");
		}
	}

}
