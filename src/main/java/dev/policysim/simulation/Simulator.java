package dev.policysim.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

import dev.policysim.browser.Browser;
import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Exchange;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.browser.PreflightStep;
import dev.policysim.browser.Server;
import dev.policysim.gateway.Gateway;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.GatewayRequest;
import dev.policysim.gateway.MockBackend;
import dev.policysim.simulation.cause.CauseAnalysis;
import dev.policysim.simulation.cause.RequestFacts;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioRequest;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * Replays a scenario: every send of every request, in the order of the scenario clock, through one
 * simulated browser (whose preflight cache lives across the requests) against one simulated gateway
 * (whose rate-limit and quota counters do too), then explains each outcome.
 *
 * <p>Sends are taken from a queue of one cursor per request, so a request repeated ten thousand
 * times costs no memory beyond its results; with {@link #run} and a sink that keeps nothing, a
 * simulation holds only what the browser's cache, the gateway's counters and the cause analysis
 * need, none of which grows with the number of sends. Stateless and safe to share between threads;
 * each run has its own browser, gateway and analysis.
 */
public final class Simulator {

	/** Where the scenario clock starts; only differences matter. */
	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	/**
	 * Runs a scenario and keeps every result.
	 * @param files the workspace's files, whose text suggested patches edit
	 * @param workspace the workspace read from them
	 * @param scenario the scenario
	 * @return the report
	 */
	public SimulationReport simulate(WorkspaceFiles files, Workspace workspace, Scenario scenario) {
		List<RequestResult> results = new ArrayList<>();
		Summary summary = run(files, workspace, scenario, results::add);
		return new SimulationReport(scenario, results, summary, workspace.problems());
	}

	/**
	 * Runs a scenario, handing each result to a sink as soon as it is known.
	 * @param files the workspace's files, whose text suggested patches edit
	 * @param workspace the workspace read from them
	 * @param scenario the scenario
	 * @param sink receives every result in time order
	 * @return the counts
	 */
	public Summary run(WorkspaceFiles files, Workspace workspace, Scenario scenario, Consumer<RequestResult> sink) {
		Workspace withScenario = workspace.withSubscriptions(scenario.subscriptions())
			.withNamedValues(scenario.namedValues());
		Run run = new Run(scenario, new Gateway(withScenario, scenario.profile(), scenario.expressions()), new Browser(),
				new CauseAnalysis(files, withScenario, scenario.profile(), trusted(scenario)));
		PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong(Cursor::nanos)
			.thenComparingInt((Cursor cursor) -> cursor.request().index())
			.thenComparingInt(Cursor::repeat));
		scenario.requests().forEach((request) -> queue.add(Cursor.first(request)));
		Summary summary = Summary.EMPTY;
		while (!queue.isEmpty()) {
			Cursor next = queue.poll();
			RequestResult result = run.send(next.request(), next.repeat());
			summary = summary.plus(result);
			sink.accept(result);
			if (next.repeat() + 1 < next.request().repeat()) {
				queue.add(next.following());
			}
		}
		return summary;
	}

	/** The pages the scenario expects to be served: those of requests not expected to be blocked. */
	private static List<Origin> trusted(Scenario scenario) {
		Set<Origin> origins = new LinkedHashSet<>();
		scenario.page().ifPresent(origins::add);
		scenario.requests().stream()
			.filter((request) -> request.expect().orElse(Outcome.DELIVERED) == Outcome.DELIVERED)
			.forEach((request) -> origins.add(request.page()));
		scenario.requests().stream()
			.filter((request) -> request.expect().orElse(Outcome.DELIVERED) == Outcome.BLOCKED)
			.forEach((request) -> origins.remove(request.page()));
		return List.copyOf(origins);
	}

	/** The next send of one request, its time kept in nanoseconds for a cheap queue order. */
	private record Cursor(ScenarioRequest request, int repeat, long nanos) {

		static Cursor first(ScenarioRequest request) {
			return new Cursor(request, 0, request.at().toNanos());
		}

		Cursor following() {
			return new Cursor(this.request, this.repeat + 1, this.request.sendAt(this.repeat + 1).toNanos());
		}

	}

	/** The browser, gateway and analysis of one run. */
	private record Run(Scenario scenario, Gateway gateway, Browser browser, CauseAnalysis analysis) {

		RequestResult send(ScenarioRequest request, int repeat) {
			Duration at = request.sendAt(repeat);
			Instant now = START.plus(at);
			MockBackend backend = request.backend().orElse(this.scenario.backend());
			List<GatewayExchange> captured = new ArrayList<>(2);
			Server server = (http) -> {
				GatewayExchange exchange = this.gateway.handle(new GatewayRequest(http, request.clientIp()), backend, now);
				captured.add(exchange);
				return exchange.response();
			};
			CorsVerdict verdict = this.browser.fetch(request.page(), request.browserRequest(), server, now);
			Optional<GatewayExchange> preflight = sent(verdict, captured, true);
			Optional<GatewayExchange> actual = sent(verdict, captured, false);
			Optional<PreflightRecord> preflightRecord = verdict.firstPreflight()
				.map((step) -> new PreflightRecord(fromCache(step, preflight), preflight));
			RequestFacts facts = new RequestFacts(request, verdict, preflight, actual);
			return new RequestResult(request, repeat, at, preflightRecord, actual, verdict,
					this.analysis.diagnose(facts));
		}

		private static boolean fromCache(PreflightStep step, Optional<GatewayExchange> preflight) {
			return step.fromCache() && preflight.isEmpty();
		}

		/** The first exchange of a kind: the browser's list says which of the gateway's trips was the preflight. */
		private static Optional<GatewayExchange> sent(CorsVerdict verdict, List<GatewayExchange> captured,
				boolean preflight) {
			List<Exchange> exchanges = verdict.exchanges();
			for (int i = 0; i < exchanges.size() && i < captured.size(); i++) {
				if (exchanges.get(i).preflight() == preflight) {
					return Optional.of(captured.get(i));
				}
			}
			return Optional.empty();
		}

	}

}
