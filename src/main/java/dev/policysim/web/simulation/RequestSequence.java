package dev.policysim.web.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Exchange;
import dev.policysim.browser.Outcome;
import dev.policysim.browser.WebUrl;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.MockBackend;
import dev.policysim.http.HttpRequest;
import dev.policysim.simulation.PreflightRecord;
import dev.policysim.simulation.RequestResult;
import dev.policysim.web.simulation.SequenceDiagram.Kind;
import dev.policysim.web.simulation.SequenceDiagram.Lifeline;
import dev.policysim.web.simulation.SequenceDiagram.Mark;
import dev.policysim.web.simulation.SequenceDiagram.Message;

/**
 * The sequence diagram of one simulated send: the script's {@code fetch}, the preflight (sent, or
 * answered from the browser's cache), the actual request, the backend when the gateway called it,
 * and what the script finally gets. The step where it failed is marked: the response whose CORS
 * check failed, and the script's result when it is blocked or not what the scenario expects.
 */
final class RequestSequence {

	static final int PAGE = 0;

	static final int BROWSER = 1;

	static final int GATEWAY = 2;

	static final int BACKEND = 3;

	private RequestSequence() {
	}

	/**
	 * The diagram of one send.
	 * @param result the send
	 * @param backend what the mock backend answers it
	 * @param gateway the gateway's origin, as the scenario names it
	 * @return the diagram
	 */
	static SequenceDiagram of(RequestResult result, MockBackend backend, String gateway) {
		List<Message> messages = new ArrayList<>();
		CorsVerdict verdict = result.verdict();
		messages.add(new Message(PAGE, BROWSER, "fetch: " + result.request().method() + " " + path(result.request().url()),
				"credentials: " + result.request().credentials().jsName(), Kind.REQUEST, Mark.PLAIN));
		boolean preflightFailed = verdict.failure().map((failure) -> failure.error().isPreflightError()).orElse(false);
		boolean actualFailed = verdict.failure().isPresent() && !preflightFailed;
		int lastPreflight = last(verdict.exchanges(), true);
		int lastActual = last(verdict.exchanges(), false);
		boolean cacheNoted = false;
		for (int i = 0; i < verdict.exchanges().size(); i++) {
			Exchange exchange = verdict.exchanges().get(i);
			if (!exchange.preflight() && !cacheNoted) {
				noteCache(result.preflight(), messages);
				cacheNoted = true;
			}
			boolean first = i == (exchange.preflight() ? first(verdict.exchanges(), true) : first(verdict.exchanges(), false));
			Optional<GatewayExchange> trip = !first ? Optional.empty()
					: exchange.preflight() ? result.preflight().flatMap(PreflightRecord::exchange) : result.actual();
			boolean failing = exchange.preflight() ? (preflightFailed && i == lastPreflight) : (actualFailed && i == lastActual);
			exchange(messages, exchange, trip, backend, failing);
		}
		if (!cacheNoted) {
			noteCache(result.preflight(), messages);
		}
		messages.add(outcome(result));
		String title = result.request().name() + ", repeat " + result.repeat() + ": " + result.outcome().jsonName();
		return new SequenceDiagram(title, List.of(new Lifeline("Page (script)", result.request().page().serialize()),
				new Lifeline("Browser", "Chromium"), new Lifeline("Gateway", gateway),
				new Lifeline("Backend", "mock")), messages);
	}

	/** A preflight answered from the browser's cache is noted where it would have been sent. */
	private static void noteCache(Optional<PreflightRecord> preflight, List<Message> messages) {
		if (preflight.isPresent() && preflight.get().fromCache()) {
			messages.add(new Message(BROWSER, BROWSER, "preflight from cache", "no OPTIONS sent", Kind.NOTE, Mark.CACHED));
		}
	}

	private static void exchange(List<Message> messages, Exchange exchange, Optional<GatewayExchange> trip,
			MockBackend backend, boolean failing) {
		HttpRequest request = exchange.request();
		String label = request.method() + " " + path(request.url()) + (exchange.preflight() ? " (preflight)" : "");
		messages.add(new Message(BROWSER, GATEWAY, label, exchange.preflight() ? asks(request) : "", Kind.REQUEST,
				Mark.PLAIN));
		if (trip.isPresent() && TripFacts.backendCalled(trip.get())) {
			messages.add(new Message(GATEWAY, BACKEND, "forward-request", "", Kind.REQUEST, Mark.PLAIN));
			messages.add(new Message(BACKEND, GATEWAY, TripFacts.status(backend.response().status()), "", Kind.RESPONSE,
					Mark.PLAIN));
		}
		messages.add(new Message(GATEWAY, BROWSER, TripFacts.status(exchange.response().status()),
				trip.map(TripFacts::answeredBy).orElse(""), Kind.RESPONSE, failing ? Mark.FAILING : Mark.PLAIN));
	}

	private static Message outcome(RequestResult result) {
		boolean failing = result.outcome() == Outcome.BLOCKED || !result.expectationMet();
		String expected = result.request().expect()
			.map((expect) -> result.expectationMet() ? "as expected" : "expected " + expect.jsonName())
			.orElse("");
		if (result.outcome() == Outcome.DELIVERED) {
			String status = result.verdict().status().map((code) -> "status " + code).orElse("delivered");
			return new Message(BROWSER, PAGE, "delivered: " + status, expected, Kind.RESPONSE,
					failing ? Mark.FAILING : Mark.PLAIN);
		}
		String error = result.verdict().scriptError().orElse("blocked");
		String why = result.verdict().failure().map((failure) -> failure.error().chromiumName())
			.or(() -> result.verdict().networkError())
			.orElse("");
		return new Message(BROWSER, PAGE, error, why + (why.isEmpty() || expected.isEmpty() ? "" : " · ") + expected,
				Kind.RESPONSE, Mark.FAILING);
	}

	/** What a preflight asks for, from its {@code Access-Control-Request-*} headers. */
	private static String asks(HttpRequest request) {
		String method = request.headers().get("Access-Control-Request-Method").orElse("");
		String headers = request.headers().get("Access-Control-Request-Headers").map((names) -> " + " + names).orElse("");
		return "asks " + method + headers;
	}

	private static int first(List<Exchange> exchanges, boolean preflight) {
		for (int i = 0; i < exchanges.size(); i++) {
			if (exchanges.get(i).preflight() == preflight) {
				return i;
			}
		}
		return -1;
	}

	private static int last(List<Exchange> exchanges, boolean preflight) {
		for (int i = exchanges.size() - 1; i >= 0; i--) {
			if (exchanges.get(i).preflight() == preflight) {
				return i;
			}
		}
		return -1;
	}

	/** The path and query of a URL, which is what a diagram has room for. */
	static String path(String url) {
		try {
			return WebUrl.parse(url).pathAndQuery();
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
