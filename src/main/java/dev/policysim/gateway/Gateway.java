package dev.policysim.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.policysim.workspace.Workspace;

/**
 * The simulated gateway for one workspace and one run of a scenario (gateway.md): it matches each
 * request to an API and operation, resolves the subscription key and product context, answers
 * preflights as the cors policy does, and runs the effective policy section by section against the
 * scenario's mock backend, recording every step in the exchange's trace.
 *
 * <p>The profile's settings decide what nobody documents (gateway.md §9), and the trace labels each
 * such step {@link Basis#ASSUMED}: {@code terminateUnmatchedDefault} is the
 * {@code terminate-unmatched-request} of a cors element that leaves it out;
 * {@code corsHeadersOnLaterErrors} puts a matched cors element's headers on errors raised after
 * it; {@code subscriptionCheckBeforePolicies} {@code true} answers a missing or invalid key with
 * the 401 before inbound runs (so without CORS headers), while {@code false} is read as: inbound runs
 * first in no product context, and the 401 is raised as an error at the end of inbound, so on-error
 * runs and a cors element that matched puts its headers on it (an earlier policy error wins).
 *
 * <p>The gateway reads the key from whatever the request carries; a browser's preflight carries no
 * key header, so it runs in no product context unless the key is in the query string.
 *
 * <p>It keeps the rate-limit and quota counters of the run, the effective policies of the contexts
 * requests ran in, and each distinct expression compiled once, so it is not shared between runs or
 * threads. Memory grows with the distinct contexts and counter keys of a run, not with its
 * requests.
 */
public final class Gateway {

	private final GatewayRuntime runtime;

	/**
	 * A gateway for one run.
	 * @param workspace the workspace whose policies run (scenario subscriptions and named values
	 * already added)
	 * @param profile the assumptions in force
	 * @param assumedExpressions values the scenario supplies for expressions the simulator cannot
	 * evaluate, keyed by the expression text as written
	 */
	public Gateway(Workspace workspace, GatewayProfile profile, Map<String, String> assumedExpressions) {
		this.runtime = new GatewayRuntime(Objects.requireNonNull(workspace, "workspace"),
				Objects.requireNonNull(profile, "profile"), assumedExpressions);
	}

	/**
	 * Handles one request.
	 * @param request the request
	 * @param backend what the backend answers if called
	 * @param now the scenario clock, for rate limits, quotas and token lifetimes; quota windows are
	 * counted from {@code Instant.EPOCH}, which a scenario's time 0 should be
	 * @return the exchange; never throws for anything the request or the policies hold
	 */
	public GatewayExchange handle(GatewayRequest request, MockBackend backend, Instant now) {
		Arrival arrival = new Arrival(request, RequestUrl.parse(request.http().url()), backend, now);
		return new GatewayCall(this.runtime, arrival).run();
	}

}
