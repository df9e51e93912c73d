package dev.policysim.gateway;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.KeyNames;
import org.junit.jupiter.api.Test;

import static dev.policysim.gateway.Calls.header;
import static dev.policysim.gateway.Calls.send;
import static dev.policysim.gateway.Calls.step;
import static dev.policysim.gateway.GatewayFixture.inbound;
import static dev.policysim.gateway.GatewayFixture.sections;
import static dev.policysim.gateway.Requests.at;
import static dev.policysim.gateway.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

/** Sections in order, the backend call, errors and on-error (gateway.md §6). */
class PipelineFlowTests {

	private static final String FORBID = "<ip-filter action=\"forbid\"><address>198.51.100.1</address></ip-filter>";

	@Test
	void runsInboundBackendAndOutboundInOrder() {
		Gateway gateway = GatewayFixture.orders(sections("<set-variable name=\"a\" value=\"1\" />",
				"<set-header name=\"X-Out\" exists-action=\"override\"><value>1</value></set-header>", "")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.trace()).extracting(TraceStep::policy).containsExactly("operation-match", "subscription-check",
				"set-variable", "forward-request", "backend", "set-header");
		assertThat(exchange.trace()).extracting((step) -> step.section().map(SectionName::xmlName).orElse("-"))
			.containsExactly("-", "-", "inbound", "backend", "backend", "outbound");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(exchange.policy()).isPresent();
	}

	@Test
	void theBackendAnswersAsTheScenarioSays() {
		Gateway gateway = GatewayFixture.orders(null).gateway();
		MockBackend backend = new MockBackend(new HttpResponse(404, HttpHeaders.of("Content-Type", "text/plain"), "gone"));

		GatewayExchange exchange = gateway.handle(request("GET", "/orders/42"), backend, at(0));

		assertThat(exchange.response()).isEqualTo(backend.response());
		assertThat(exchange.failure()).isEmpty();
		assertThat(step(exchange, "backend").detail()).contains("answered 404");
	}

	@Test
	void withoutForwardRequestOutboundRunsRightAfterInbound() {
		Gateway gateway = new GatewayFixture().global(null)
			.ordersApi(false, KeyNames.DEFAULTS,
					sections("", "<set-status code=\"204\" />", ""))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.PIPELINE);
		assertThat(exchange.response().status()).isEqualTo(204);
		assertThat(step(exchange, "backend").outcome()).isEqualTo(StepOutcome.SKIPPED);
	}

	@Test
	void failsOnBackendErrorsOnlyWhenToldTo() {
		Gateway gateway = new GatewayFixture()
			.global("<policies><inbound /><backend><forward-request fail-on-error-status-code=\"true\" /></backend>"
					+ "<outbound><set-header name=\"X-Out\" exists-action=\"override\"><value>1</value></set-header></outbound>"
					+ "<on-error><set-header name=\"X-Error\" exists-action=\"override\"><value>@(context.LastError.Reason)</value>"
					+ "</set-header></on-error></policies>")
			.ordersApi(false, KeyNames.DEFAULTS, null)
			.gateway();
		MockBackend failing = new MockBackend(new HttpResponse(503, HttpHeaders.EMPTY, "down"));

		GatewayExchange exchange = gateway.handle(request("GET", "/orders/42"), failing, at(0));

		assertThat(exchange.response().status()).isEqualTo(503);
		assertThat(exchange.response().body()).isEqualTo("down");
		assertThat(header(exchange, "X-Error")).contains("BackendError");
		assertThat(header(exchange, "X-Out")).isEmpty();
		assertThat(exchange.answeredBy()).isEqualTo(Responder.ERROR);
		assertThat(exchange.failure().map(GatewayFailure::source)).contains("forward-request");
	}

	@Test
	void anErrorSkipsTheRestAndRunsOnErrorWithLastErrorSet() {
		Gateway gateway = GatewayFixture.orders(sections(FORBID + "<set-variable name=\"never\" value=\"1\" />", "",
				"<set-header name=\"X-Reason\" exists-action=\"override\"><value>@(context.LastError.Source + \"/\" + "
						+ "context.LastError.Reason + \"/\" + context.Response.StatusCode)</value></set-header>"))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(403);
		assertThat(exchange.response().body()).isEqualTo("{ \"statusCode\": 403, \"message\": \"Forbidden\" }");
		assertThat(header(exchange, "X-Reason")).contains("ip-filter/CallerIpBlocked/403");
		assertThat(exchange.trace()).extracting(TraceStep::policy).doesNotContain("set-variable", "forward-request");
		assertThat(step(exchange, "set-header").section()).contains(SectionName.ON_ERROR);
	}

	@Test
	void onErrorMayAnswerOtherwise() {
		Gateway gateway = GatewayFixture.orders(sections(FORBID, "", "<set-status code=\"451\" />"
				+ "<return-response><set-status code=\"503\" /><set-body>maintenance</set-body></return-response>")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(503);
		assertThat(exchange.response().body()).isEqualTo("maintenance");
		assertThat(exchange.answeredBy()).isEqualTo(Responder.ERROR);
		assertThat(exchange.failure().map(GatewayFailure::status)).contains(403);
	}

	@Test
	void anErrorInOutboundRunsOnError() {
		Gateway gateway = GatewayFixture.orders(sections("", "<include-fragment fragment-id=\"gone\" />",
				"<set-header name=\"X-Seen\" exists-action=\"override\"><value>yes</value></set-header>")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(500);
		assertThat(header(exchange, "X-Seen")).contains("yes");
	}

	@Test
	void aMissingFragmentAnswers500() {
		Gateway gateway = GatewayFixture.orders(inbound("<include-fragment fragment-id=\"missing\" />")).gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.response().status()).isEqualTo(500);
		assertThat(exchange.failure()).hasValueSatisfying((failure) -> {
			assertThat(failure.source()).isEqualTo("include-fragment");
			assertThat(failure.reason()).isEqualTo("FragmentNotFound");
			assertThat(failure.message()).contains("missing");
		});
		assertThat(exchange.policy().orElseThrow().problems()).extracting((problem) -> problem.rule())
			.contains("fragment-missing");
	}

	@Test
	void runsTheFragmentsItFinds() {
		Gateway gateway = new GatewayFixture()
			.fragment("tag", "<fragment><set-header name=\"X-Frag\" exists-action=\"override\"><value>1</value></set-header></fragment>")
			.ordersApi(false, KeyNames.DEFAULTS, sections("", "<include-fragment fragment-id=\"tag\" />", ""))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(header(exchange, "X-Frag")).contains("1");
		assertThat(step(exchange, "set-header").location().map((location) -> location.file()))
			.contains("policy fragments/tag/policy.xml");
	}

	@Test
	void passesThroughPoliciesItDoesNotSimulate() {
		Gateway gateway = GatewayFixture.orders(inbound("<authentication-basic username=\"u\" password=\"p\" />"
				+ "<send-request mode=\"new\" response-variable-name=\"r\"><set-url>https://x.test</set-url></send-request>"))
			.gateway();

		GatewayExchange exchange = send(gateway, request("GET", "/orders/42"));

		assertThat(exchange.answeredBy()).isEqualTo(Responder.BACKEND);
		assertThat(step(exchange, "send-request").outcome()).isEqualTo(StepOutcome.PASSED_THROUGH);
		assertThat(step(exchange, "authentication-basic").detail()).isEqualTo("not simulated, passed through");
	}

	@Test
	void tracesEveryPolicyWithItsSource() {
		Gateway gateway = GatewayFixture.orders("<policies>\n  <inbound>\n    <base />\n    <set-variable name=\"a\" value=\"1\" />\n"
				+ "  </inbound>\n</policies>").gateway();

		TraceStep step = step(send(gateway, request("GET", "/orders/42")), "set-variable");

		assertThat(step.scope().map(Object::toString)).contains("api orders");
		assertThat(step.location()).hasValueSatisfying((location) -> {
			assertThat(location.file()).isEqualTo("apis/orders/policy.xml");
			assertThat(location.line()).isEqualTo(4);
			assertThat(location.column()).isEqualTo(5);
		});
		assertThat(step.basis()).isEqualTo(Basis.DOCUMENTED);
	}

}
