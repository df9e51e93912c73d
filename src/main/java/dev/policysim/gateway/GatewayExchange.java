package dev.policysim.gateway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.http.HttpResponse;

/**
 * One request through the gateway: what came in, what went out, and everything the gateway decided
 * on the way, so a report can explain the outcome and point at the policy that caused it.
 *
 * @param request the request as received
 * @param response the response sent back
 * @param route the API, operation and product context; empty when no API matched
 * @param policy the effective policy that ran; empty when none ran (no match, or the subscription
 * check refused the request first)
 * @param answeredBy who produced the response
 * @param trace every step, in order
 * @param cors every cors element evaluated on this request, in order
 * @param failure the error raised, if any
 * @param assumptions expressions that could not be evaluated and the values used instead
 */
public record GatewayExchange(GatewayRequest request, HttpResponse response, Optional<Route> route,
		Optional<EffectivePolicy> policy, Responder answeredBy, List<TraceStep> trace, List<CorsDecision> cors,
		Optional<GatewayFailure> failure, List<ExpressionAssumption> assumptions) {

	public GatewayExchange {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(response, "response");
		Objects.requireNonNull(route, "route");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(answeredBy, "answeredBy");
		trace = List.copyOf(trace);
		cors = List.copyOf(cors);
		Objects.requireNonNull(failure, "failure");
		assumptions = List.copyOf(assumptions);
	}

}
