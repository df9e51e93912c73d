package dev.policysim.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.policysim.workspace.Workspace;

/**
 * The simulated gateway for one workspace and one run of a scenario. It keeps the rate-limit and
 * quota counters of the run, so it is not shared between runs or threads. (Being built.)
 */
public final class Gateway {

	private final Workspace workspace;

	private final GatewayProfile profile;

	private final Map<String, String> assumedExpressions;

	/**
	 * A gateway for one run.
	 * @param workspace the workspace whose policies run (scenario subscriptions and named values
	 * already added)
	 * @param profile the assumptions in force
	 * @param assumedExpressions values the scenario supplies for expressions the simulator cannot
	 * evaluate, keyed by the expression text as written
	 */
	public Gateway(Workspace workspace, GatewayProfile profile, Map<String, String> assumedExpressions) {
		this.workspace = Objects.requireNonNull(workspace, "workspace");
		this.profile = Objects.requireNonNull(profile, "profile");
		this.assumedExpressions = Map.copyOf(assumedExpressions);
	}

	/**
	 * Handles one request.
	 * @param request the request
	 * @param backend what the backend answers if called
	 * @param now the scenario clock, for rate limits and quotas
	 * @return the exchange
	 */
	public GatewayExchange handle(GatewayRequest request, MockBackend backend, Instant now) {
		throw new UnsupportedOperationException("gateway not implemented yet: " + this.workspace.apis().size() + " "
				+ this.profile.name() + " " + this.assumedExpressions.size() + " " + request + backend + now);
	}

}
