package dev.policysim.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.GatewayFixture.sections;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policies that change the request, the response and the variables (gateway.md §6). A later
 * policy's expression, or the backend call in the trace, shows what an earlier one changed.
 */
class TransformationPolicyTests {

	/** A return-response whose body is an expression, to see what the pipeline holds at that point. */
	private static String echo(String expression) {
		return "<return-response><set-body>@(" + expression + ")</set-body></return-response>";
	}

	private static String body(String apiPolicy, GatewayRequest request) {
		return send(GatewayFixture.orders(apiPolicy).gateway(), request).response().body();
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "override | old | new", "override | - | new",
			"skip | old | old", "skip | - | new", "append | old | 'old,new'", "delete | old | ''" })
	void setsRequestHeadersByExistsAction(String action, String before, String after) {
		String policy = inbound("<set-header name=\"X-Tag\" exists-action=\"" + action + "\"><value>new</value></set-header>"
				+ echo("context.Request.Headers.GetValueOrDefault(\"X-Tag\", \"\")"));
		GatewayRequest request = (before == null) ? request("GET", "/orders/42") : request("GET", "/orders/42", "X-Tag", before);

		assertThat(body(policy, request)).isEqualTo(after);
	}

	@Test
	void setsResponseHeadersInOutbound() {
		Gateway gateway = GatewayFixture.orders(sections("", "<set-header name=\"X-Powered-By\" exists-action=\"delete\" />"
				+ "<set-header name=\"X-Request-Id\" exists-action=\"override\"><value>@(context.Api.Id + \"-1\")</value>"
				+ "</set-header>", "")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(header(exchange, "X-Request-Id")).contains("orders-1");
		assertThat(step(exchange, "set-header").detail()).startsWith("response header");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "override | ?expand=all&x=1 | ?x=1&expand=lines",
			"skip | ?expand=all | ?expand=all", "append | ?expand=all | ?expand=all&expand=lines",
			"delete | ?expand=all&x=1 | ?x=1" })
	void setsQueryParametersOfTheBackendRequest(String action, String query, String forwarded) {
		Gateway gateway = GatewayFixture.orders(inbound("<set-query-parameter name=\"expand\" exists-action=\"" + action
				+ "\"><value>lines</value></set-query-parameter>")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42" + query));

		assertThat(step(exchange, "forward-request").detail())
			.isEqualTo("forwards GET https://orders.backend.test/api/42" + forwarded + " to the backend");
	}

	@Test
	void rewritesTheBackendUrlWithTemplateParameters() {
		Gateway gateway = GatewayFixture.orders(inbound("<set-backend-service base-url=\"https://v2.backend.test\" />"
				+ "<rewrite-uri template=\"/v2/orders/{orderId}/detail?view=full\" />")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42?expand=lines"));

		assertThat(step(exchange, "forward-request").detail())
			.isEqualTo("forwards GET https://v2.backend.test/v2/orders/42/detail?view=full&expand=lines to the backend");
	}

	@Test
	void dropsUnmatchedQueryParametersWhenToldTo() {
		Gateway gateway = GatewayFixture.orders(inbound("<rewrite-uri template=\"/x\" copy-unmatched-params=\"false\" />"))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42?expand=lines"));

		assertThat(step(exchange, "forward-request").detail()).contains("https://orders.backend.test/api/x to");
	}

	@Test
	void namesABackendEntity() {
		Gateway gateway = GatewayFixture.orders(inbound("<set-backend-service backend-id=\"orders-v2\" />")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(step(exchange, "forward-request").detail()).contains("backend:orders-v2/42");
	}

	@Test
	void setsTheMethodOfTheBackendRequest() {
		Gateway gateway = GatewayFixture.orders(inbound("<set-method>POST</set-method>")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(step(exchange, "forward-request").detail()).startsWith("forwards POST ");
		assertThat(body(inbound("<set-method>PUT</set-method>" + echo("context.Request.Method")), request("GET", "/orders/42")))
			.isEqualTo("PUT");
	}

	@Test
	void storesVariablesWithTheirTypes() {
		String policy = inbound("<set-variable name=\"plain\" value=\"literal\" />"
				+ "<set-variable name=\"flag\" value=\"@(context.Request.Method == &quot;GET&quot;)\" />"
				+ echo("context.Variables.GetValueOrDefault<string>(\"plain\") + \"/\" "
						+ "+ context.Variables.GetValueOrDefault<bool>(\"flag\")"));

		assertThat(body(policy, request("GET", "/orders/42"))).isEqualTo("literal/True");
	}

	@Test
	void setsTheResponseBodyAndStatus() {
		Gateway gateway = GatewayFixture.orders(sections("", "<set-status code=\"202\" reason=\"Accepted\" />"
				+ "<set-body>@(\"done: \" + context.Response.StatusCode)</set-body>", "")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(202);
		assertThat(exchange.response().body()).isEqualTo("done: 202");
	}

	@Test
	void leavesLiquidTemplatesUnrendered() {
		Gateway gateway = GatewayFixture.orders(sections("", "<set-body template=\"liquid\">{{body.id}}</set-body>", ""))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().body()).isEqualTo("{}");
		assertThat(step(exchange, "set-body").outcome()).isEqualTo(StepOutcome.PASSED_THROUGH);
	}

	@Test
	void setsTheRequestBodyInInbound() {
		String policy = inbound("<set-body>{\"changed\":true}</set-body>");

		GatewayExchange exchange = send(GatewayFixture.orders(policy).gateway(), request("POST", "/orders"));

		assertThat(step(exchange, "set-body").detail()).startsWith("request body set");
	}

}
