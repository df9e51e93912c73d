package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.gateway.CorsDecision;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.policy.SectionName;

/**
 * One request's trip through the gateway, as the analysis looks at it: the exchange, whether the
 * browser sent it as a preflight, and the effective policy it ran (or would have run).
 *
 * @param exchange the exchange
 * @param preflight whether the browser sent it as its preflight
 * @param policy the effective policy; empty when no operation matched
 */
record Trip(GatewayExchange exchange, boolean preflight, Optional<EffectivePolicy> policy) {

	/** "preflight" or "request", as messages name it. */
	String noun() {
		return this.preflight ? "preflight" : "request";
	}

	/** The status the gateway answered. */
	int status() {
		return this.exchange.response().status();
	}

	/** The cors elements that are direct children of the effective inbound, in running order. */
	List<CorsElement> cors() {
		return this.policy.map(Pipelines::corsOf).orElse(List.of());
	}

	/** The effective inbound, in running order. */
	List<EffectiveElement> inbound() {
		return this.policy.map((found) -> found.elements(SectionName.INBOUND)).orElse(List.of());
	}

	/** The cors decision that matched the request's origin, when one did. */
	Optional<CorsDecision> matched() {
		return this.exchange.cors().stream().filter(CorsDecision::originAllowed).findFirst();
	}

	/** Whether cors elements were evaluated and every one refused the origin. */
	boolean originRefused() {
		return !this.exchange.cors().isEmpty() && matched().isEmpty();
	}

	/**
	 * The index in the effective inbound of the top-level element that is or holds an element.
	 * @param element the element
	 * @return the index; empty when the element is not in the inbound
	 */
	Optional<Integer> inboundIndex(EffectiveElement element) {
		List<EffectiveElement> inbound = inbound();
		for (int i = 0; i < inbound.size(); i++) {
			EffectiveElement candidate = inbound.get(i);
			if (candidate.equals(element)) {
				return Optional.of(i);
			}
			boolean sameFile = candidate.provenance().location().file().equals(element.provenance().location().file());
			if (sameFile && candidate.element().descendantsAndSelf().contains(element.element())) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

}
