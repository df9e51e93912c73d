package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.PolicyContext;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Product;

/**
 * One request through the gateway, in the order of gateway.md §3-§5: matching (an unmatched
 * request gets the 404 before anything else), the subscription key and product context, then
 * either the cors preflight logic or the pipeline of the effective policy.
 */
final class GatewayCall {

	private final GatewayRuntime runtime;

	private final Arrival arrival;

	private final Journal journal = new Journal();

	GatewayCall(GatewayRuntime runtime, Arrival arrival) {
		this.runtime = runtime;
		this.arrival = arrival;
	}

	GatewayExchange run() {
		HttpHeaders headers = this.arrival.request().http().headers();
		Optional<RouteMatch> match = this.runtime.router().match(this.arrival.method(), this.arrival.url(), headers);
		if (match.isEmpty()) {
			this.journal.gateway("operation-match", StepOutcome.ERROR, "no API's path is a prefix of "
					+ this.arrival.url().path() + ": 404", Basis.OBSERVED);
			return notFound(Optional.empty());
		}
		RouteMatch route = match.get();
		if (route.operation().isEmpty()) {
			this.journal.gateway("operation-match", StepOutcome.ERROR, RouteWords.unmatched(route, this.arrival) + ": 404",
					Basis.OBSERVED);
			return notFound(Optional.of(route(route, new KeyResolution(KeySource.NONE, Optional.empty(), Optional.empty(),
					Optional.empty(), ""))));
		}
		this.journal.gateway("operation-match", StepOutcome.APPLIED, RouteWords.matched(route, this.arrival),
				route.preflight() ? Basis.ASSUMED : Basis.DOCUMENTED);
		KeyResolution keys = this.runtime.keys().resolve(route.api(), this.arrival.url(), headers);
		PipelineState state = new PipelineState(this.runtime, this.journal, this.arrival, route, keys);
		if (route.preflight()) {
			return preflight(state, keys);
		}
		return actual(state, keys);
	}

	private GatewayExchange preflight(PipelineState state, KeyResolution keys) {
		this.journal.gateway("subscription-check", StepOutcome.SKIPPED, "preflight: " + keys.detail()
				+ "; only cors is evaluated on a preflight, so the check applies only when no cors answers it", Basis.ASSUMED);
		EffectivePolicy policy = this.runtime.policies().policy(context(state.route(), keys.product()));
		if (CorsPreflight.answer(policy, state)) {
			return exchange(state, keys, Optional.of(policy), state.response().freeze());
		}
		this.journal.gateway("cors", StepOutcome.SKIPPED, "no cors element is a direct child of the effective inbound: "
				+ "the preflight goes through the normal pipeline, subscription check included", Basis.ASSUMED);
		return actual(state, keys);
	}

	private GatewayExchange actual(PipelineState state, KeyResolution keys) {
		Optional<GatewayError> refusal = keys.refusal().map((reason) -> SubscriptionErrors.of(reason, state));
		if (refusal.isPresent() && this.runtime.profile().subscriptionCheckBeforePolicies()) {
			this.journal.gateway("subscription-check", StepOutcome.ERROR, keys.detail() + ": " + refusal.get().status()
					+ " " + refusal.get().reason() + ", before inbound runs, so without CORS headers (the profile's "
					+ "subscriptionCheckBeforePolicies is true)", Basis.ASSUMED);
			state.raise(Optional.empty(), refusal.get());
			return exchange(state, keys, Optional.empty(), state.response().freeze());
		}
		this.journal.gateway("subscription-check", refusal.isPresent() ? StepOutcome.SKIPPED : StepOutcome.APPLIED,
				refusal.isPresent() ? keys.detail() + ": the 401 is raised at the end of inbound (the profile's "
						+ "subscriptionCheckBeforePolicies is false)" : keys.detail(),
				refusal.isPresent() ? Basis.ASSUMED : Basis.DOCUMENTED);
		EffectivePolicy policy = this.runtime.policies().policy(context(state.route(), keys.product()));
		this.runtime.pipeline().run(policy, state, refusal);
		return exchange(state, keys, Optional.of(policy), FinalResponse.of(state));
	}

	private static PolicyContext context(RouteMatch route, Optional<Product> product) {
		return new PolicyContext(route.api().name(), route.operation().map((operation) -> operation.name()),
				product.map(Product::name));
	}

	private GatewayExchange notFound(Optional<Route> route) {
		GatewayError error = new GatewayError(404, "configuration", "OperationNotFound",
				"Unable to match incoming request to an operation.", "Resource not found", HttpHeaders.EMPTY);
		return new GatewayExchange(this.arrival.request(), error.response(), route, Optional.empty(), Responder.NOT_FOUND,
				this.journal.trace(), this.journal.cors(), Optional.of(error.toFailure(Optional.empty(), false)),
				this.journal.assumptions());
	}

	private GatewayExchange exchange(PipelineState state, KeyResolution keys, Optional<EffectivePolicy> policy,
			HttpResponse response) {
		return new GatewayExchange(this.arrival.request(), response, Optional.of(route(state.route(), keys)), policy,
				state.responder(), this.journal.trace(), this.journal.cors(), state.failure(), this.journal.assumptions());
	}

	private static Route route(RouteMatch match, KeyResolution keys) {
		Api api = match.api();
		return new Route(api.name(), match.operation().map((operation) -> operation.name()),
				keys.product().map(Product::name), keys.source(), keys.subscription().map((s) -> s.name()),
				match.preflight());
	}

}
