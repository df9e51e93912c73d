package dev.policysim.gateway;

import java.util.List;

import dev.policysim.workspace.KeyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** rate-limit and rate-limit-by-key: sliding windows on the scenario clock (gateway.md §6). */
class RateLimitTests {

	private static final String KEY = "Ocp-Apim-Subscription-Key";

	private static Gateway keyed(String policies) {
		return new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, inbound(policies))
			.product("starter", true, null, "orders")
			.subscription("one", "/products/starter", "key-1")
			.subscription("two", "/products/starter", "key-2")
			.gateway();
	}

	private static int status(Gateway gateway, String key, long at) {
		return send(gateway, request("GET", "/orders/42", KEY, key), at).response().status();
	}

	@Test
	void refusesTheCallOverTheLimitWithinTheSlidingWindow() {
		Gateway gateway = keyed("<rate-limit calls=\"2\" renewal-period=\"10\" />");

		assertThat(List.of(status(gateway, "key-1", 0), status(gateway, "key-1", 3))).containsOnly(200);
		GatewayExchange refused = send(gateway, request("GET", "/orders/42", KEY, "key-1"), 4);

		assertThat(refused.response().status()).isEqualTo(429);
		assertThat(refused.response().body())
			.isEqualTo("{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 6 seconds.\" }");
		assertThat(header(refused, "Retry-After")).contains("6");
		assertThat(refused.answeredBy()).isEqualTo(Responder.ERROR);
		assertThat(refused.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("rate-limit");
			assertThat(failure.reason()).isEqualTo("RateLimitExceeded");
			assertThat(failure.message()).isEqualTo("Rate limit is exceeded");
			assertThat(failure.element().map((element) -> element.provenance().location().file()))
				.contains("apis/orders/policy.xml");
		});
		assertThat(step(refused, "rate-limit").outcome()).isEqualTo(StepOutcome.ERROR);
		assertThat(status(gateway, "key-1", 10)).isEqualTo(200);
		assertThat(status(gateway, "key-1", 12)).isEqualTo(429);
		assertThat(status(gateway, "key-1", 13)).isEqualTo(200);
	}

	@Test
	void countsEachSubscriptionSeparately() {
		Gateway gateway = keyed("<rate-limit calls=\"1\" renewal-period=\"60\" />");

		assertThat(status(gateway, "key-1", 0)).isEqualTo(200);
		assertThat(status(gateway, "key-2", 0)).isEqualTo(200);
		assertThat(status(gateway, "key-1", 1)).isEqualTo(429);
	}

	@Test
	void appliesOnlyToCallsWithAKey() {
		Gateway gateway = GatewayFixture.orders(inbound("<rate-limit calls=\"1\" renewal-period=\"60\" />")).gateway();

		GatewayExchange first = send(gateway, request("GET", "/orders/42"));
		GatewayExchange second = send(gateway, request("GET", "/orders/42"));

		assertThat(second.response().status()).isEqualTo(200);
		assertThat(step(first, "rate-limit").outcome()).isEqualTo(StepOutcome.SKIPPED);
	}

	@Test
	void countsApiAndOperationLimitsSeparately() {
		Gateway gateway = keyed("<rate-limit calls=\"10\" renewal-period=\"60\">"
				+ "<api name=\"orders\" calls=\"5\" renewal-period=\"60\"><operation name=\"get-order\" calls=\"1\" renewal-period=\"60\" />"
				+ "</api></rate-limit>");

		assertThat(send(gateway, request("GET", "/orders/42", KEY, "key-1")).response().status()).isEqualTo(200);
		GatewayExchange refused = send(gateway, request("GET", "/orders/43", KEY, "key-1"));
		GatewayExchange otherOperation = send(gateway, request("GET", "/orders", KEY, "key-1"));

		assertThat(refused.response().status()).isEqualTo(429);
		assertThat(step(refused, "rate-limit").detail()).contains("for operation get-order");
		assertThat(otherOperation.response().status()).isEqualTo(200);
	}

	@Test
	void countsByTheEvaluatedCounterKey() {
		Gateway gateway = GatewayFixture.orders(inbound("<rate-limit-by-key calls=\"1\" renewal-period=\"60\" "
				+ "counter-key=\"@(context.Request.Headers.GetValueOrDefault(&quot;X-Client&quot;, &quot;anonymous&quot;))\" />"))
			.gateway();

		assertThat(send(gateway, request("GET", "/orders/42", "X-Client", "a")).response().status()).isEqualTo(200);
		assertThat(send(gateway, request("GET", "/orders/42", "X-Client", "b")).response().status()).isEqualTo(200);
		GatewayExchange refused = send(gateway, request("GET", "/orders/42", "X-Client", "a"));

		assertThat(refused.response().status()).isEqualTo(429);
		assertThat(refused.failure().map(GatewayFailure::source)).contains("rate-limit-by-key");
		assertThat(step(refused, "rate-limit-by-key").detail()).contains("key a");
	}

	@ParameterizedTest
	@CsvSource({ "@(context.Request.Method == &quot;POST&quot;), 200", "@(context.Request.Method == &quot;GET&quot;), 429" })
	void countsOnlyWhenTheIncrementConditionHolds(String condition, int third) {
		Gateway gateway = GatewayFixture.orders(inbound("<rate-limit-by-key calls=\"2\" renewal-period=\"60\" counter-key=\"all\" "
				+ "increment-condition=\"" + condition + "\" />")).gateway();

		send(gateway, request("GET", "/orders/42"));
		send(gateway, request("GET", "/orders/42"));

		assertThat(send(gateway, request("GET", "/orders/42")).response().status()).isEqualTo(third);
	}

	@Test
	void namesTheRetryAfterHeaderAndVariableAsConfigured() {
		Gateway gateway = keyed("<rate-limit calls=\"1\" renewal-period=\"30\" retry-after-header-name=\"X-Retry\" />");

		send(gateway, request("GET", "/orders/42", KEY, "key-1"));
		GatewayExchange refused = send(gateway, request("GET", "/orders/42", KEY, "key-1"));

		assertThat(header(refused, "X-Retry")).contains("30");
		assertThat(header(refused, "Retry-After")).isEmpty();
	}

	@Test
	void passesThroughALimitThatIsNotANumber() {
		Gateway gateway = keyed("<rate-limit calls=\"{{limit}}\" renewal-period=\"60\" />");

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", KEY, "key-1"));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(step(exchange, "rate-limit").outcome()).isEqualTo(StepOutcome.PASSED_THROUGH);
	}

	@Test
	void keepsNoMoreTimesThanTheLimitWhateverTheNumberOfCalls() {
		SlidingWindow window = new SlidingWindow();

		for (long call = 0; call < 10_000; call++) {
			if (window.waitMillis(call, 3, 1_000_000) == 0) {
				window.record(call, 1, 3);
			}
		}

		assertThat(window.count(10_000, 1_000_000)).isEqualTo(3);
		assertThat(window.waitMillis(10_000, 3, 1_000_000)).isEqualTo(1_000_000 - 10_000);
	}

}
