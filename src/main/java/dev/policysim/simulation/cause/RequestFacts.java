package dev.policysim.simulation.cause;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.simulation.scenario.ScenarioRequest;

/**
 * Everything known about one simulated request, which the cause analysis reads.
 *
 * @param request the scenario's request (page, headers, credentials, what the script reads, goal)
 * @param verdict what the browser did
 * @param preflight the preflight's trip through the gateway; empty when none was sent (not needed,
 * or served from the browser's cache)
 * @param actual the actual request's trip through the gateway; empty when the browser did not send it
 */
public record RequestFacts(ScenarioRequest request, CorsVerdict verdict, Optional<GatewayExchange> preflight,
		Optional<GatewayExchange> actual) {

	public RequestFacts {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(preflight, "preflight");
		Objects.requireNonNull(actual, "actual");
	}

	/** Whether the outcome is the one the scenario expects, or no outcome is expected. */
	public boolean goalMet() {
		return this.request.expect().map((expected) -> expected == this.verdict.outcome()).orElse(true);
	}

	/** Whether the browser blocked the request, as the scenario expected. */
	public boolean blockedAsExpected() {
		return this.verdict.outcome() == Outcome.BLOCKED && this.request.expect().orElse(null) == Outcome.BLOCKED;
	}

}
