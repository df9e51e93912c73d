package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicySession;
import dev.policysim.effective.PolicyContext;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * What a gateway computes once and reuses for every request: the effective policy of each context
 * a request ran in, the cors elements that are direct children of each effective inbound, and the
 * settings of each cors element without expressions. Bounded by the workspace, not by the number
 * of requests. Keyed by identity where the key is an element of a cached policy.
 */
final class PolicyCache {

	private final EffectivePolicySession calculator;

	private final Map<PolicyContext, EffectivePolicy> policies = new HashMap<>();

	private final Map<EffectivePolicy, List<EffectiveElement>> directCors = new IdentityHashMap<>();

	private final Map<PolicyElement, CorsRules> cors = new IdentityHashMap<>();

	PolicyCache(Workspace workspace) {
		this.calculator = new EffectivePolicyCalculator().session(workspace);
	}

	/** The effective policy of a context, calculated on first use. */
	EffectivePolicy policy(PolicyContext context) {
		@Nullable EffectivePolicy policy = this.policies.get(context);
		if (policy == null) {
			policy = this.calculator.calculate(context);
			this.policies.put(context, policy);
		}
		return policy;
	}

	/**
	 * The cors elements that are direct children of the effective inbound, in order: the ones a
	 * preflight consults (a cors inside {@code choose} is not among them, gateway.md §5).
	 */
	List<EffectiveElement> directCors(EffectivePolicy policy) {
		@Nullable List<EffectiveElement> found = this.directCors.get(policy);
		if (found == null) {
			found = new ArrayList<>();
			for (EffectiveElement element : policy.elements(SectionName.INBOUND)) {
				if (element.name().equals("cors")) {
					found.add(element);
				}
			}
			found = List.copyOf(found);
			this.directCors.put(policy, found);
		}
		return found;
	}

	/** A cors element's settings; read once unless they hold expressions, which each request evaluates. */
	CorsRules cors(EffectiveElement element, PipelineExpressions expressions) {
		@Nullable CorsRules rules = this.cors.get(element.element());
		if (rules != null) {
			return rules;
		}
		if (CorsRules.hasExpressions(element.element())) {
			return CorsRules.read(element.element(), (raw) -> expressions.text(element, raw, ""));
		}
		rules = CorsRules.read(element.element(), (raw) -> raw);
		this.cors.put(element.element(), rules);
		return rules;
	}

}
