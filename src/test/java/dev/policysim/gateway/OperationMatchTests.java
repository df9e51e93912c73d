package dev.policysim.gateway;

import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.KeyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.operation;
import static dev.policysim.gateway.Requests.PORTAL;
import static dev.policysim.gateway.Requests.preflight;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Matching a request to an API and operation (gateway.md §3). */
class OperationMatchTests {

	private static Gateway shop() {
		return new GatewayFixture()
			.api("orders", "orders", false, KeyNames.DEFAULTS, null,
					List.of(operation("list-orders", "GET", "/"), operation("get-order", "GET", "/{orderId}"),
							operation("get-open", "GET", "/open"), operation("get-lines", "GET", "/{orderId}/lines"),
							operation("search", "GET", "/search/{*rest}"), operation("item", "GET", "/items({id})"),
							operation("create-order", "POST", "/?mode={mode}")))
			.api("archive", "orders/archive", false, KeyNames.DEFAULTS, null, List.of(operation("get-archived", "GET", "/{id}")))
			.api("root", "", false, KeyNames.DEFAULTS, null, List.of(operation("health", "GET", "/health")))
			.gateway();
	}

	@ParameterizedTest
	@CsvSource({ "GET, /orders, orders, list-orders", "GET, /orders/, orders, list-orders",
			"GET, /orders/42, orders, get-order", "GET, /orders/open, orders, get-open",
			"GET, /orders/42/lines, orders, get-lines", "GET, /ORDERS/42/LINES, orders, get-lines",
			"GET, /orders/search/a/b/c, orders, search", "GET, /orders/items(7), orders, item",
			"POST, /orders?mode=fast, orders, create-order", "post, /orders, orders, create-order",
			"GET, /orders/archive/7, archive, get-archived", "GET, /health, root, health",
			"GET, /orders/42?expand=lines#top, orders, get-order" })
	void matchesTheLongestApiPathAndTheOperationByMethodAndTemplate(String method, String url, String api,
			String operation) {
		GatewayExchange exchange = send(shop(), request(method, url));

		assertThat(exchange.route()).hasValueSatisfying((route) -> {
			assertThat(route.api()).isEqualTo(api);
			assertThat(route.operation()).contains(operation);
		});
		assertThat(step(exchange, "operation-match").outcome()).isEqualTo(StepOutcome.APPLIED);
	}

	@Test
	void prefersTheTemplateWithFewerParameters() {
		GatewayExchange exchange = send(shop(), request("GET", "/orders/open"));

		assertThat(exchange.route().flatMap(Route::operation)).contains("get-open");
	}

	@ParameterizedTest
	@CsvSource({ "GET, /nothing/42", "GET, /ordersarchive/1", "PUT, /orders/42", "GET, /orders/42/lines/7" })
	void answersResourceNotFoundBeforeAnythingElse(String method, String url) {
		Gateway gateway = new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, null).gateway();

		GatewayExchange exchange = send(gateway, request(method, url));

		assertThat(exchange.response().status()).isEqualTo(404);
		assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 404, \"message\": \"Resource not found\" }");
		assertThat(exchange.response().headers().get("Content-Type")).contains("application/json");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.NOT_FOUND);
		assertThat(exchange.policy()).isEmpty();
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("configuration");
			assertThat(failure.reason()).isEqualTo("OperationNotFound");
			assertThat(failure.element()).isEmpty();
		});
		assertThat(exchange.trace()).extracting(TraceStep::policy).containsExactly("operation-match");
	}

	@Test
	void namesTheApiWhenOnlyTheOperationIsMissing() {
		Gateway gateway = new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, null).gateway();

		GatewayExchange exchange = send(gateway, request("PATCH", "/orders/42"));

		assertThat(exchange.route()).hasValueSatisfying((route) -> {
			assertThat(route.api()).isEqualTo("orders");
			assertThat(route.operation()).isEmpty();
		});
	}

	@Test
	void matchesAPreflightByItsRequestedMethod() {
		Gateway gateway = new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS, null).gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "DELETE", ""));

		assertThat(exchange.route()).hasValueSatisfying((route) -> {
			assertThat(route.operation()).contains("cancel-order");
			assertThat(route.preflight()).isTrue();
		});
		assertThat(step(exchange, "operation-match").basis()).isEqualTo(Basis.ASSUMED);
	}

	@Test
	void answersAPreflightForAMethodWithoutOperationWith404() {
		Gateway gateway = new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS, null).gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "PUT", ""));

		assertThat(exchange.response().status()).isEqualTo(404);
		assertThat(exchange.route().map(Route::preflight)).contains(true);
	}

	@Test
	void anOptionsWithoutRequestedMethodIsNoPreflight() {
		Gateway gateway = new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS, null).gateway();

		GatewayExchange exchange = send(gateway, request("OPTIONS", "/orders/42", "Origin", PORTAL));

		assertThat(exchange.response().status()).isEqualTo(404);
		assertThat(exchange.route().map(Route::preflight)).contains(false);
	}

	@Test
	void anOptionsOperationTakesThePreflightThroughItsWholePipeline() {
		Gateway gateway = new GatewayFixture()
			.ordersApi(false, KeyNames.DEFAULTS, null, operation("preflight", "OPTIONS", "/{orderId}"))
			.gateway();

		GatewayExchange exchange = send(gateway, preflight("/orders/42", PORTAL, "DELETE", ""));

		assertThat(exchange.route()).hasValueSatisfying((route) -> {
			assertThat(route.operation()).contains("preflight");
			assertThat(route.preflight()).isFalse();
		});
		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(step(exchange, "operation-match").detail()).contains("cors preflight logic does not run");
	}

	@Test
	void keepsTheRequestAsReceived() {
		GatewayRequest request = request("GET", "/orders/42");

		GatewayExchange exchange = send(shop(), request);

		assertThat(exchange.request()).isSameAs(request);
		assertThat(exchange.route().flatMap(Route::product)).isEqualTo(Optional.empty());
	}

}
