package dev.policysim.web.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import dev.policysim.browser.CorsVerdict;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.simulation.PreflightRecord;
import dev.policysim.simulation.RequestResult;
import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioRequest;

/**
 * Receives a simulation's sends as they happen and keeps what the run page shows: per request, the
 * consecutive repetitions that ended alike as one group (the README tables' {@code 0-4}), each with
 * the diagram and details of its first send. A scenario may repeat a request a million times, so
 * only the groups are kept, at most {@link #MAX_GROUPS} per request; later sends are counted.
 */
final class SendGroups implements Consumer<RequestResult> {

	static final int MAX_GROUPS = 25;

	private final Scenario scenario;

	private final SequenceDiagramSvg svg;

	private final Map<Integer, Groups> byRequest = new LinkedHashMap<>();

	private int expectationsMet;

	SendGroups(Scenario scenario, SequenceDiagramSvg svg) {
		this.scenario = scenario;
		this.svg = svg;
		scenario.requests().forEach((request) -> this.byRequest.put(request.index(), new Groups()));
	}

	@Override
	public void accept(RequestResult result) {
		Groups groups = this.byRequest.get(result.request().index());
		if (result.request().expect().isPresent() && result.expectationMet()) {
			this.expectationsMet++;
		}
		if (!result.expectationMet()) {
			groups.unmet++;
		}
		String signature = signature(result);
		if (!groups.sends.isEmpty() && groups.lastSignature.equals(signature)
				&& groups.last().lastRepeat() + 1 == result.repeat()) {
			groups.sends.set(groups.sends.size() - 1, groups.last().through(result.repeat()));
		}
		else if (groups.sends.size() < MAX_GROUPS) {
			groups.sends.add(view(result));
			groups.lastSignature = signature;
		}
		else {
			groups.notShown++;
		}
	}

	/** How many sends with a stated expectation met it. */
	int expectationsMet() {
		return this.expectationsMet;
	}

	/** The requests in scenario order with their groups. */
	List<RequestView> requests() {
		List<RequestView> views = new ArrayList<>();
		for (ScenarioRequest request : this.scenario.requests()) {
			Groups groups = this.byRequest.get(request.index());
			views.add(new RequestView(request.index(), request.name(), request.method() + " " + request.url(),
					request.page().serialize(), request.expect().map((expect) -> expect.jsonName()).orElse(""),
					groups.sends, groups.notShown, groups.unmet));
		}
		return views;
	}

	private SendView view(RequestResult result) {
		CorsVerdict verdict = result.verdict();
		List<TripView> trips = new ArrayList<>();
		result.preflight().flatMap(PreflightRecord::exchange).ifPresent((trip) -> trips.add(TripView.of("Preflight", trip)));
		result.actual().ifPresent((trip) -> trips.add(TripView.of("Actual request", trip)));
		List<Patch> suggested = result.diagnosis().suggestedPatches();
		List<CauseView> causes = new ArrayList<>();
		List<Cause> found = result.diagnosis().causes();
		for (int i = 0; i < found.size(); i++) {
			Cause cause = found.get(i);
			causes.add(CauseView.of(i, cause, !suggested.isEmpty() && cause.patches().equals(suggested)));
		}
		String scriptSees = verdict.status()
			.map((status) -> "status " + status)
			.orElse(verdict.scriptError().orElse("nothing: the request was blocked"));
		SequenceDiagram diagram = RequestSequence.of(result,
				result.request().backend().orElse(this.scenario.backend()), this.scenario.gateway().serialize());
		return new SendView(result.request().index(), result.repeat(), result.repeat(), seconds(result),
				result.outcome().jsonName(),
				verdict.failure().map((failure) -> failure.error().chromiumName()).orElse(""),
				result.request().expect().map((expect) -> expect.jsonName()).orElse(""), result.expectationMet(),
				result.diagnosis().headline(), this.svg.render(diagram), verdict.console().orElse(""), scriptSees, trips,
				causes);
	}

	private static String seconds(RequestResult result) {
		return BigDecimal.valueOf(result.at().toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
	}

	/** What two sends must share to be shown as one: everything the page shows but the trace details. */
	private static String signature(RequestResult result) {
		CorsVerdict verdict = result.verdict();
		StringBuilder key = new StringBuilder().append(result.outcome()).append('|')
			.append(verdict.failure().map((failure) -> failure.error().name()).orElse("")).append('|')
			.append(verdict.console().orElse("")).append('|').append(verdict.status().orElse(0)).append('|')
			.append(result.expectationMet()).append('|')
			.append(result.preflight().map((preflight) -> preflight.fromCache() ? "cache" : "sent").orElse("none"));
		result.preflight().flatMap(PreflightRecord::exchange).ifPresent((trip) -> trip(key, trip));
		result.actual().ifPresent((trip) -> trip(key, trip));
		for (Cause cause : result.diagnosis().causes()) {
			key.append('|').append(cause.rule()).append('@').append(cause.location().map(Objects::toString).orElse(""));
		}
		return key.toString();
	}

	private static void trip(StringBuilder key, GatewayExchange trip) {
		key.append('|').append(trip.response().status()).append(' ').append(TripFacts.answeredBy(trip));
	}

	/** The groups of one request. */
	private static final class Groups {

		final List<SendView> sends = new ArrayList<>();

		String lastSignature = "";

		int notShown;

		int unmet;

		SendView last() {
			return this.sends.get(this.sends.size() - 1);
		}

	}

}
