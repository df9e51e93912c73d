package dev.policysim.gateway;

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

/** quota and quota-by-key: fixed windows from time 0 of the scenario clock (gateway.md §6). */
class QuotaTests {

	private static final String KEY = "Ocp-Apim-Subscription-Key";

	private static Gateway keyed(String policies) {
		return new GatewayFixture().ordersApi(true, KeyNames.DEFAULTS, null)
			.product("starter", true, inbound(policies), "orders")
			.subscription("one", "/products/starter", "key-1")
			.gateway();
	}

	@Test
	void refusesCallsOverTheQuotaUntilTheWindowRenews() {
		Gateway gateway = keyed("<quota calls=\"2\" renewal-period=\"3600\" />");

		send(gateway, request("GET", "/orders/42", KEY, "key-1"), 0);
		send(gateway, request("GET", "/orders/42", KEY, "key-1"), 10);
		GatewayExchange refused = send(gateway, request("GET", "/orders/42", KEY, "key-1"), 1000);
		GatewayExchange renewed = send(gateway, request("GET", "/orders/42", KEY, "key-1"), 3600);

		assertThat(refused.response().status()).isEqualTo(403);
		assertThat(refused.response().body()).isEqualTo("{ \"statusCode\": 403, \"message\": \"Out of call volume quota. "
				+ "Quota will be replenished in 00:43:20.\" }");
		assertThat(header(refused, "Retry-After")).contains("2600");
		assertThat(refused.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("quota");
			assertThat(failure.reason()).isEqualTo("QuotaExceeded");
		});
		assertThat(renewed.response().status()).isEqualTo(200);
	}

	@Test
	void appliesOnlyToCallsWithAKey() {
		Gateway gateway = new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS, null)
			.product("open", false, inbound("<quota calls=\"1\" renewal-period=\"60\" />"), "orders")
			.gateway();

		send(gateway, request("GET", "/orders/42"));
		GatewayExchange second = send(gateway, request("GET", "/orders/42"));

		assertThat(second.response().status()).isEqualTo(200);
		assertThat(step(second, "quota").outcome()).isEqualTo(StepOutcome.SKIPPED);
	}

	@Test
	void countsByTheEvaluatedCounterKeyWhenTheConditionHolds() {
		Gateway gateway = GatewayFixture.orders(inbound("<quota-by-key calls=\"1\" renewal-period=\"86400\" "
				+ "counter-key=\"@(context.Request.IpAddress)\" increment-condition=\"@(context.Request.Method != &quot;HEAD&quot;)\" />"))
			.gateway();

		send(gateway, request("GET", "/orders/42"));
		GatewayExchange refused = send(gateway, request("GET", "/orders/42"), 7200);

		assertThat(refused.response().status()).isEqualTo(403);
		assertThat(refused.response().body()).contains("Quota will be replenished in 22:00:00.");
		assertThat(refused.failure().map(GatewayFailure::source)).contains("quota-by-key");
	}

	@Test
	void passesThroughABandwidthQuota() {
		Gateway gateway = keyed("<quota bandwidth=\"40000\" renewal-period=\"3600\" />");

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42", KEY, "key-1"));

		assertThat(step(exchange, "quota").outcome()).isEqualTo(StepOutcome.PASSED_THROUGH);
		assertThat(step(exchange, "quota").detail()).contains("bandwidth");
	}

	@ParameterizedTest
	@CsvSource({ "0, 00:00:00", "59, 00:00:59", "3600, 01:00:00", "86399, 23:59:59", "86400, 1.00:00:00",
			"1807135, 20.21:58:55" })
	void writesDurationsAsDotNetTimeSpans(long seconds, String text) {
		assertThat(QuotaExecutor.timeSpan(seconds)).isEqualTo(text);
	}

}
