package dev.policysim.gateway;

import java.util.Map;

import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * choose/when/otherwise, and expressions outside the subset: they never fail a request, the trace
 * says what was assumed, and a scenario can force the value (gateway.md §7).
 */
class ChooseTests {

	private static final String UNSUPPORTED = "@(context.User.Email.EndsWith(\"@contoso.com\"))";

	private static String choose(String firstCondition) {
		return "<policies>\n<inbound>\n<choose>\n"
				+ "<when condition=\"" + firstCondition.replace("\"", "&quot;") + "\"><return-response><set-body>first</set-body></return-response></when>\n"
				+ "<when condition=\"@(context.Request.Method == &quot;DELETE&quot;)\"><return-response><set-body>second</set-body></return-response></when>\n"
				+ "<otherwise><return-response><set-body>otherwise</set-body></return-response></otherwise>\n"
				+ "</choose>\n</inbound>\n</policies>";
	}

	@ParameterizedTest
	@CsvSource({ "GET, @(context.Request.Method == \"GET\"), first", "DELETE, @(context.Request.Method == \"GET\"), second",
			"POST, @(context.Request.Method == \"GET\"), otherwise", "POST, true, first" })
	void runsTheFirstTrueWhenElseOtherwise(String method, String condition, String answer) {
		Gateway gateway = GatewayFixture.orders(choose(condition)).gateway();
		String url = method.equals("POST") ? "/orders" : "/orders/42";

		GatewayExchange exchange = send(gateway, request(method, url));

		assertThat(exchange.response().body()).isEqualTo(answer);
		assertThat(exchange.assumptions()).isEmpty();
	}

	@Test
	void runsNothingWithoutATrueWhenOrOtherwise() {
		Gateway gateway = GatewayFixture.orders("<policies><inbound><choose><when condition=\"@(false)\"><return-response />"
				+ "</when></choose></inbound></policies>").gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(step(exchange, "choose").outcome()).isEqualTo(StepOutcome.SKIPPED);
	}

	@Test
	void takesTheNextBranchWhenAConditionCannotBeEvaluated() {
		Gateway gateway = GatewayFixture.orders(choose(UNSUPPORTED)).gateway();

		GatewayExchange exchange = send(gateway, request("DELETE", "/orders/42"));

		assertThat(exchange.response().body()).isEqualTo("second");
		assertThat(exchange.assumptions()).singleElement().satisfies((assumption) -> {
			assertThat(assumption.expression()).isEqualTo(UNSUPPORTED);
			assertThat(assumption.value()).isEqualTo("false");
			assertThat(assumption.supplied()).isFalse();
			assertThat(assumption.reason()).contains("context.User");
			assertThat(assumption.location()).isEqualTo(new SourceLocation("apis/orders/policy.xml", new Position(4, 1)));
		});
		TraceStep choose = step(exchange, "choose");
		assertThat(choose.outcome()).isEqualTo(StepOutcome.NOT_EVALUATED);
		assertThat(choose.detail()).contains("expression not evaluated", UNSUPPORTED, "context.User", "assumed \"false\"");
	}

	@Test
	void takesTheValueTheScenarioSupplies() {
		Gateway gateway = GatewayFixture.orders(choose(UNSUPPORTED)).gateway(Map.of(UNSUPPORTED, "true"));

		GatewayExchange exchange = send(gateway, request("DELETE", "/orders/42"));

		assertThat(exchange.response().body()).isEqualTo("first");
		assertThat(exchange.assumptions()).singleElement().satisfies((assumption) -> {
			assertThat(assumption.value()).isEqualTo("true");
			assertThat(assumption.supplied()).isTrue();
		});
		assertThat(step(exchange, "choose").detail()).contains("scenario supplied \"true\"");
	}

	@Test
	void assumesAValueForAnExpressionWithNoValueForThisRequest() {
		Gateway gateway = GatewayFixture.orders("<policies><inbound><set-header name=\"X-Product\" exists-action=\"override\">"
				+ "<value>@(context.Product.Name)</value></set-header></inbound></policies>").gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(200);
		TraceStep setHeader = step(exchange, "set-header");
		assertThat(setHeader.outcome()).isEqualTo(StepOutcome.NOT_EVALUATED);
		assertThat(setHeader.detail()).contains("context.Product is null");
		assertThat(exchange.assumptions()).singleElement().satisfies((assumption) -> assertThat(assumption.value()).isEmpty());
	}

	@Test
	void parsesEachDistinctExpressionOnce() {
		ExpressionValues values = new ExpressionValues(Map.of());

		assertThat(values.compiled("@(1 == 1)")).isSameAs(values.compiled("@(1 == 1)"));
	}

}
