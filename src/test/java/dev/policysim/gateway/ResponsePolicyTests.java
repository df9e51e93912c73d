package dev.policysim.gateway;

import org.junit.jupiter.api.Test;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** return-response and mock-response end the pipeline (gateway.md §6). */
class ResponsePolicyTests {

	@Test
	void returnResponseAnswersWithItsChildrenAndSkipsTheBackend() {
		Gateway gateway = GatewayFixture.orders(inbound("<return-response><set-status code=\"418\" reason=\"Teapot\" />"
				+ "<set-header name=\"Content-Type\" exists-action=\"override\"><value>text/plain</value></set-header>"
				+ "<set-body>short and stout</set-body></return-response><set-header name=\"X-Never\" exists-action=\"override\">"
				+ "<value>1</value></set-header>")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(418);
		assertThat(header(exchange, "Content-Type")).contains("text/plain");
		assertThat(exchange.response().body()).isEqualTo("short and stout");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.POLICY);
		assertThat(exchange.trace()).extracting(TraceStep::policy).doesNotContain("set-header", "forward-request", "backend");
		assertThat(step(exchange, "return-response").outcome()).isEqualTo(StepOutcome.TERMINATED);
	}

	@Test
	void returnResponseDefaultsToAnEmptyOk() {
		GatewayExchange exchange = send(GatewayFixture.orders(inbound("<return-response />")).gateway(),
				request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().body()).isEmpty();
		assertThat(exchange.response().headers().isEmpty()).isTrue();
	}

	@Test
	void mockResponseAnswersWithItsStatusAndContentType() {
		Gateway gateway = GatewayFixture.orders(inbound("<mock-response status-code=\"201\" content-type=\"application/json\" />"))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(201);
		assertThat(header(exchange, "Content-Type")).contains("application/json");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.POLICY);
	}

	@Test
	void mockResponseDefaultsTo200() {
		GatewayExchange exchange = send(GatewayFixture.orders(inbound("<mock-response />")).gateway(),
				request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(200);
		assertThat(exchange.response().headers().isEmpty()).isTrue();
	}

}
