package dev.policysim.gateway;

import java.util.List;
import java.util.Optional;

import dev.policysim.policy.ScopeKind;
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
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The subscription key and the product context (gateway.md §4). */
class SubscriptionCheckTests {

	private static final String KEY = "Ocp-Apim-Subscription-Key";

	private static final String CORS = "<cors allow-credentials=\"false\" terminate-unmatched-request=\"false\">"
			+ "<allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins></cors>";

	private static GatewayFixture shop() {
		return new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, null)
			.api("public", "public", false, KeyNames.DEFAULTS, null, List.of(operation("ping", "GET", "/ping")))
			.api("catalog", "catalog", true, KeyNames.DEFAULTS, null, List.of(operation("list", "GET", "/")))
			.api("renamed", "renamed", true, new KeyNames("api-key", "key"), null, List.of(operation("get", "GET", "/")))
			.product("starter", true, null, "orders", "renamed")
			.product("free", false, null, "catalog")
			.product("other", true, null, "public")
			.subscription("starter-sub", "/products/starter", "starter-key")
			.subscription("api-sub", "/apis/orders", "orders-key")
			.subscription("all-apis", "/apis", "all-key")
			.subscription("master", "/", "master-key")
			.subscription("old-sub", "/products/starter", "old-key", false)
			.subscription("other-sub", "/products/other", "other-key");
	}

	@ParameterizedTest(name = "{0} {1} -> {3} {4} {5} {6}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "/orders | Ocp-Apim-Subscription-Key | starter-key | 200 | starter | HEADER | starter-sub",
			"/orders?subscription-key=starter-key | - | - | 200 | starter | QUERY | starter-sub",
			"/orders?subscription-key=wrong | Ocp-Apim-Subscription-Key | starter-key | 200 | starter | HEADER | starter-sub",
			"/orders?subscription-key=starter-key | Ocp-Apim-Subscription-Key | wrong | 401 | - | HEADER | -",
			"/orders?subscription-key=starter-key | Ocp-Apim-Subscription-Key | '  ' | 200 | starter | QUERY | starter-sub",
			"/orders | Ocp-Apim-Subscription-Key | orders-key | 200 | - | HEADER | api-sub",
			"/orders | Ocp-Apim-Subscription-Key | all-key | 200 | - | HEADER | all-apis",
			"/orders | Ocp-Apim-Subscription-Key | master-key | 200 | - | HEADER | master",
			"/orders | Ocp-Apim-Subscription-Key | old-key | 401 | - | HEADER | -",
			"/orders | Ocp-Apim-Subscription-Key | other-key | 401 | - | HEADER | -",
			"/public/ping | Ocp-Apim-Subscription-Key | orders-key | 401 | - | HEADER | -",
			"/orders | - | - | 401 | - | NONE | -", "/public/ping | - | - | 200 | - | NONE | -",
			"/catalog | - | - | 200 | free | NONE | -", "/renamed | api-key | starter-key | 200 | starter | HEADER | starter-sub",
			"/renamed | Ocp-Apim-Subscription-Key | starter-key | 401 | - | NONE | -",
			"/renamed?key=starter-key | - | - | 200 | starter | QUERY | starter-sub",
			"/renamed?subscription-key=starter-key | - | - | 401 | - | NONE | -" })
	void resolvesTheKeyAndTheProductContext(String url, String name, String value, int status, String product,
			KeySource source, String subscription) {
		GatewayRequest request = (name == null) ? request("GET", url) : request("GET", url, name, value);

		GatewayExchange exchange = send(shop().gateway(), request);

		assertThat(exchange.response().status()).isEqualTo(status);
		Route route = exchange.route().orElseThrow();
		assertThat(route.product()).isEqualTo(Optional.ofNullable(product));
		assertThat(route.keySource()).isEqualTo(source);
		assertThat(route.subscription()).isEqualTo(Optional.ofNullable(subscription));
		if (status == 200) {
			assertThat(exchange.policy().orElseThrow().context().product()).isEqualTo(route.product());
		}
	}

	@Test
	void refusesAMissingKeyWithTheChallengeNamingTheKeyHeader() {
		GatewayExchange exchange = send(shop().gateway(), request("GET", "/renamed", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(401);
		assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 401, \"message\": \"Access denied due to missing "
				+ "subscription key. Make sure to include subscription key when making requests to an API.\" }");
		assertThat(header(exchange, "WWW-Authenticate")).contains(
				"AzureApiManagementKey realm=\"https://contoso.azure-api.net/renamed\",name=\"api-key\",type=\"header\"");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.SUBSCRIPTION_CHECK);
		assertThat(exchange.policy()).isEmpty();
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("authorization");
			assertThat(failure.reason()).isEqualTo("SubscriptionKeyNotFound");
			assertThat(failure.element()).isEmpty();
			assertThat(failure.corsRanBefore()).isFalse();
		});
	}

	@Test
	void refusesAnUnknownKeyAsInvalid() {
		GatewayExchange exchange = send(shop().gateway(), request("GET", "/orders", KEY, "nope"));

		assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 401, \"message\": \"Access denied due to invalid "
				+ "subscription key. Make sure to provide a valid key for an active subscription.\" }");
		assertThat(exchange.failure().map(GatewayFailure::reason)).contains("SubscriptionKeyInvalid");
	}

	@Test
	void runsProductPoliciesOnlyInTheProductContext() {
		Gateway gateway = shop().product("starter", true, inbound("<set-header name=\"x-product\" exists-action=\"override\">"
				+ "<value>starter</value></set-header>"), "orders").gateway();

		GatewayExchange keyed = send(gateway, request("GET", "/orders", KEY, "starter-key"));
		GatewayExchange apiKey = send(gateway, request("GET", "/orders", KEY, "orders-key"));

		assertThat(keyed.trace()).anySatisfy((step) -> assertThat(step.scope().map((s) -> s.kind())).contains(ScopeKind.PRODUCT));
		assertThat(apiKey.trace()).noneSatisfy((step) -> assertThat(step.scope().map((s) -> s.kind())).contains(ScopeKind.PRODUCT));
	}

	@Test
	void aPreflightCarriesNoKeyHeaderSoItRunsInNoProduct() {
		Gateway gateway = shop().product("starter", true, inbound(CORS), "orders").gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders", PORTAL, "GET", "ocp-apim-subscription-key"));

		assertThat(exchange.route().flatMap(Route::product)).isEmpty();
		assertThat(exchange.response().status()).isEqualTo(401);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).isEmpty();
		assertThat(exchange.trace()).extracting(TraceStep::policy).containsExactly("operation-match", "subscription-check",
				"cors", "subscription-check");
	}

	@Test
	void aPreflightWithTheKeyInTheQueryRunsInTheProduct() {
		Gateway gateway = shop().product("starter", true, inbound(CORS), "orders").gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders?subscription-key=starter-key", PORTAL, "GET", ""));

		assertThat(exchange.route().flatMap(Route::product)).contains("starter");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.CORS_PREFLIGHT);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(PORTAL);
	}

	@Test
	void aPreflightThatCorsAnswersSkipsTheSubscriptionCheck() {
		Gateway gateway = shop().ordersApi(true, KeyNames.DEFAULTS, inbound(CORS)).gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders", PORTAL, "GET", "ocp-apim-subscription-key"));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.failure()).isEmpty();
		assertThat(step(exchange, "subscription-check").outcome()).isEqualTo(StepOutcome.SKIPPED);
	}

	@Test
	void withTheCheckAfterThePoliciesTheRefusalCarriesTheCorsHeaders() {
		GatewayProfile late = new GatewayProfile("late-check", true, true, false);
		Gateway gateway = new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, inbound(CORS)).gateway(late);

		GatewayExchange exchange = send(gateway, request("GET", "/orders", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(401);
		assertThat(header(exchange, "Access-Control-Allow-Origin")).contains(PORTAL);
		assertThat(header(exchange, "WWW-Authenticate")).isPresent();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.SUBSCRIPTION_CHECK);
		assertThat(exchange.policy()).isPresent();
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> assertThat(failure.corsRanBefore()).isTrue());
		TraceStep check = step(exchange, "subscription-check");
		assertThat(check.outcome()).isEqualTo(StepOutcome.ERROR);
		assertThat(check.basis()).isEqualTo(Basis.ASSUMED);
	}

	@Test
	void withTheCheckAfterThePoliciesAnEarlierPolicyErrorWins() {
		GatewayProfile late = new GatewayProfile("late-check", true, true, false);
		Gateway gateway = new GatewayFixture()
			.ordersApi(true, KeyNames.DEFAULTS, inbound("<ip-filter action=\"forbid\"><address>198.51.100.1</address></ip-filter>"))
			.gateway(late);

		GatewayExchange exchange = send(gateway, request("GET", "/orders"));

		assertThat(exchange.response().status()).isEqualTo(403);
		assertThat(exchange.failure().map(GatewayFailure::source)).contains("ip-filter");
	}

}
