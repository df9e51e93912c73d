package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.Provenance;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;

/**
 * Runs an effective policy section by section (gateway.md §6, api-management-howto-policies):
 * inbound, backend, outbound, each top to bottom; an error skips the rest and runs on-error;
 * a policy that answers ({@code return-response}, {@code mock-response}, cors) ends the pipeline.
 * The backend is called only by {@code forward-request}: without one, outbound runs right after
 * inbound. Policies are dispatched by name through one explicit table; a policy not in it is
 * passed through and the trace says so.
 */
final class PolicyPipeline {

	private final Map<String, PolicyExecutor> executors;

	private final PolicyExecutor passThrough = new PassThroughExecutor();

	PolicyPipeline() {
		this.executors = Map.ofEntries(Map.entry("cors", new CorsExecutor()),
				Map.entry("rate-limit", new RateLimitExecutor(false)),
				Map.entry("rate-limit-by-key", new RateLimitExecutor(true)), Map.entry("quota", new QuotaExecutor(false)),
				Map.entry("quota-by-key", new QuotaExecutor(true)), Map.entry("check-header", new CheckHeaderExecutor()),
				Map.entry("validate-jwt", new ValidateJwtExecutor()), Map.entry("ip-filter", new IpFilterExecutor()),
				Map.entry("return-response", new ReturnResponseExecutor()),
				Map.entry("mock-response", new MockResponseExecutor()), Map.entry("set-header", new SetHeaderExecutor()),
				Map.entry("set-query-parameter", new SetQueryParameterExecutor()),
				Map.entry("set-status", new SetStatusExecutor()), Map.entry("set-variable", new SetVariableExecutor()),
				Map.entry("set-method", new SetMethodExecutor()), Map.entry("set-body", new SetBodyExecutor()),
				Map.entry("rewrite-uri", new RewriteUriExecutor()),
				Map.entry("set-backend-service", new SetBackendServiceExecutor()),
				Map.entry("choose", new ChooseExecutor(this)),
				Map.entry("include-fragment", new IncludeFragmentExecutor()),
				Map.entry("forward-request", new ForwardRequestExecutor()));
	}

	/**
	 * Runs the whole pipeline of an actual request.
	 * @param policy the effective policy
	 * @param state the request's state
	 * @param lateRefusal the subscription check's error to raise at the end of inbound, when the
	 * profile runs the check after the policies
	 */
	void run(EffectivePolicy policy, PipelineState state, Optional<GatewayError> lateRefusal) {
		Flow flow = section(policy, SectionName.INBOUND, state);
		if (flow == Flow.CONTINUE && lateRefusal.isPresent()) {
			state.journal().gateway(SectionName.INBOUND, "subscription-check", StepOutcome.ERROR,
					lateRefusal.get().message() + " (raised at the end of inbound: the profile's "
							+ "subscriptionCheckBeforePolicies is false)", Basis.ASSUMED);
			flow = state.raise(Optional.empty(), lateRefusal.get());
		}
		if (flow == Flow.CONTINUE) {
			flow = section(policy, SectionName.BACKEND, state);
			if (flow == Flow.CONTINUE && state.responder() == Responder.PIPELINE) {
				state.journal().gateway(SectionName.BACKEND, "backend", StepOutcome.SKIPPED, "no forward-request ran in the "
						+ "effective backend section: the backend is not called, outbound runs right after inbound",
						Basis.DOCUMENTED);
			}
		}
		if (flow == Flow.CONTINUE) {
			flow = section(policy, SectionName.OUTBOUND, state);
		}
		if (flow == Flow.ERROR) {
			section(policy, SectionName.ON_ERROR, state);
		}
	}

	private Flow section(EffectivePolicy policy, SectionName name, PipelineState state) {
		state.enter(name);
		return run(policy.elements(name), state);
	}

	/**
	 * Runs policies in order until one ends the pipeline or raises an error.
	 * @param elements the policies
	 * @param state the request's state
	 * @return {@link Flow#CONTINUE} when all ran through
	 */
	Flow run(List<EffectiveElement> elements, PipelineState state) {
		for (EffectiveElement element : elements) {
			state.journal().beginStep();
			Flow flow = this.executors.getOrDefault(element.name(), this.passThrough).execute(element, state);
			if (flow != Flow.CONTINUE) {
				return flow;
			}
		}
		return Flow.CONTINUE;
	}

	/**
	 * The child policies of a policy part ({@code when}, {@code otherwise}) as effective elements:
	 * same scope and file as the enclosing policy, their own positions.
	 */
	static List<EffectiveElement> children(EffectiveElement parent, PolicyElement part) {
		List<EffectiveElement> children = new ArrayList<>();
		for (PolicyElement child : part.elements()) {
			children.add(nested(parent, child));
		}
		return children;
	}

	/** A part of a policy as an effective element, for its own position in traces and failures. */
	static EffectiveElement nested(EffectiveElement parent, PolicyElement child) {
		Provenance origin = parent.provenance();
		SourceLocation at = new SourceLocation(origin.location().file(), child.position());
		return new EffectiveElement(child, new Provenance(origin.scope(), at, origin.fragment(), origin.namedValues()));
	}

}
