package dev.policysim.gateway;

import java.util.Map;

import dev.policysim.workspace.Workspace;

/**
 * What one gateway keeps across the requests of a run: the profile, the routing tables, the
 * subscription keys, the cached effective policies and compiled expressions, the rate counters,
 * and the pipeline that runs policies.
 */
final class GatewayRuntime {

	private final GatewayProfile profile;

	private final ApiRouter router;

	private final SubscriptionKeys keys;

	private final PolicyCache policies;

	private final ExpressionValues expressions;

	private final RateCounters counters = new RateCounters();

	private final PolicyPipeline pipeline = new PolicyPipeline();

	GatewayRuntime(Workspace workspace, GatewayProfile profile, Map<String, String> assumedExpressions) {
		this.profile = profile;
		this.router = new ApiRouter(workspace.apis());
		this.keys = new SubscriptionKeys(workspace);
		this.policies = new PolicyCache(workspace);
		this.expressions = new ExpressionValues(assumedExpressions);
	}

	GatewayProfile profile() {
		return this.profile;
	}

	ApiRouter router() {
		return this.router;
	}

	SubscriptionKeys keys() {
		return this.keys;
	}

	PolicyCache policies() {
		return this.policies;
	}

	ExpressionValues expressions() {
		return this.expressions;
	}

	RateCounters counters() {
		return this.counters;
	}

	PolicyPipeline pipeline() {
		return this.pipeline;
	}

}
