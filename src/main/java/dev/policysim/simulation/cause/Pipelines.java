package dev.policysim.simulation.cause;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.Scope;
import dev.policysim.effective.UnknownNameException;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.Route;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;

/**
 * The effective policies the analysis looks at, one per context and computed once per run: the
 * gateway reports no policy for a request the subscription check refused, yet the causes must say
 * what that request's pipeline would have held.
 */
final class Pipelines {

	private final Workspace workspace;

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	private final Map<PolicyContext, Optional<EffectivePolicy>> policies = new HashMap<>();

	Pipelines(Workspace workspace) {
		this.workspace = workspace;
	}

	Workspace workspace() {
		return this.workspace;
	}

	/**
	 * The effective policy of an exchange: the one that ran, or the one its route would have run.
	 * @param exchange the exchange
	 * @return the policy; empty when no operation matched
	 */
	Optional<EffectivePolicy> of(GatewayExchange exchange) {
		if (exchange.policy().isPresent()) {
			return exchange.policy();
		}
		Optional<Route> route = exchange.route();
		if (route.isEmpty() || route.get().operation().isEmpty()) {
			return Optional.empty();
		}
		PolicyContext context = new PolicyContext(route.get().api(), route.get().operation(), route.get().product());
		return this.policies.computeIfAbsent(context, this::calculate);
	}

	private Optional<EffectivePolicy> calculate(PolicyContext context) {
		try {
			return Optional.of(this.calculator.calculate(this.workspace, context));
		}
		catch (UnknownNameException ex) {
			return Optional.empty();
		}
	}

	/** The cors elements that are direct children of the effective inbound, in running order. */
	static List<CorsElement> corsOf(EffectivePolicy policy) {
		return policy.elements(SectionName.INBOUND)
			.stream()
			.filter((element) -> element.name().equals(CorsElement.NAME))
			.map(CorsElement::new)
			.toList();
	}

	/** Whether a cors stands somewhere inside the effective inbound's {@code choose} elements. */
	static Optional<EffectiveElement> corsInChoose(EffectivePolicy policy) {
		for (EffectiveElement element : policy.elements(SectionName.INBOUND)) {
			boolean nested = !element.name().equals(CorsElement.NAME) && element.element()
				.descendantsAndSelf()
				.stream()
				.anyMatch((descendant) -> descendant.name().equals(CorsElement.NAME));
			if (nested) {
				return Optional.of(element);
			}
		}
		return Optional.empty();
	}

	/**
	 * A scope's own document.
	 * @param scope the scope
	 * @param api the API of the request, which an operation scope belongs to
	 * @return the document; empty when the scope has none
	 */
	Optional<PolicyDocument> document(Scope scope, String api) {
		return switch (scope.kind()) {
			case GLOBAL -> this.workspace.global();
			case PRODUCT -> scope.name().flatMap(this.workspace::product).flatMap(Product::policy);
			case API -> scope.name().flatMap(this.workspace::api).flatMap(Api::policy);
			case OPERATION -> this.workspace.api(api)
				.flatMap((found) -> scope.name().flatMap(found::operation))
				.flatMap(Operation::policy);
			case WORKSPACE -> Optional.empty();
		};
	}

	/** The cors elements anywhere in a document's inbound, in document order. */
	static List<PolicyElement> corsIn(PolicyDocument document) {
		return document.section(SectionName.INBOUND)
			.map((inbound) -> inbound.descendantsAndSelf()
				.stream()
				.filter((element) -> element.name().equals(CorsElement.NAME))
				.toList())
			.orElse(List.of());
	}

}
