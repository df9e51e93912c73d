package dev.policysim.simulation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.simulation.cause.Diagnosis;
import dev.policysim.simulation.scenario.ScenarioRequest;

/**
 * One send of one scenario request and everything the report says about it (formats.md §3
 * {@code requests[]}).
 *
 * @param request the scenario's request
 * @param repeat which repetition, from 0
 * @param at when it was sent, from the start of the scenario clock
 * @param preflight the preflight; empty when none was needed
 * @param actual the actual request's trip through the gateway; empty when the browser did not send it
 * @param verdict what the browser did and what the script got
 * @param diagnosis the headline and the causes
 */
public record RequestResult(ScenarioRequest request, int repeat, Duration at, Optional<PreflightRecord> preflight,
		Optional<GatewayExchange> actual, CorsVerdict verdict, Diagnosis diagnosis) {

	public RequestResult {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(preflight, "preflight");
		Objects.requireNonNull(actual, "actual");
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(diagnosis, "diagnosis");
	}

	/** Delivered or blocked. */
	public Outcome outcome() {
		return this.verdict.outcome();
	}

	/** Whether the outcome is the one the scenario expects; {@code true} when it expects none. */
	public boolean expectationMet() {
		return this.request.expect().map((expected) -> expected == outcome()).orElse(true);
	}

}
