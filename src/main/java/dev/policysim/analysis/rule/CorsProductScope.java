package dev.policysim.analysis.rule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.Inbound;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.PolicyContext;
import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.KeyNames;

/**
 * {@code cors-product-scope}: the only cors of an API's operation comes from a product, the API
 * takes its subscription key in a header and is in no open product. A preflight never carries the
 * key header, so it runs with no product context, where that operation has no cors: the product's
 * cors never answers a preflight. Reported at the product's cors, with the product contexts.
 * Lint cannot see whether clients send the key in the query string instead, which would work; the
 * message says so.
 *
 * <pre>{@code
 * bad:  products/portal/policy.xml: <inbound><cors>...</cors><base /></inbound>   (no other cors)
 * good: policy.xml: <inbound><cors>...</cors></inbound>
 * }</pre>
 */
public final class CorsProductScope implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-product-scope", Severity.ERROR,
			"cors only at product scope never answers preflights",
			"Microsoft's cors reference lists it among the common configuration issues: with the subscription key "
					+ "in a header, a cors at product scope does not work. The browser sends the OPTIONS preflight "
					+ "on its own, without the key header, so API Management cannot tell which product the call "
					+ "belongs to and runs it with no product: the product's policies, its cors included, are not in "
					+ "the pipeline. Only an open product (no subscription required) or the key in the query string "
					+ "(which the preflight URL carries) would give the preflight a product.",
			List.of(References.CORS, References.CORS_PORTAL, References.SUBSCRIPTIONS),
			"""
					<!-- products/portal/policy.xml, the only cors; the key travels in Ocp-Apim-Subscription-Key -->
					<inbound>
					  <cors>
					    <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  </cors>
					  <base />
					</inbound>""",
			"""
					<!-- policy.xml (or apis/orders/policy.xml) -->
					<inbound>
					  <cors>
					    <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  </cors>
					</inbound>""",
			"Move the cors policy to the API's or the global scope, where preflights meet it; or have clients send "
					+ "the key in the query string (subscription-key) instead of the header.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		// where a preflight finds no cors: the operations whose no-product context has none
		Set<Operation> withoutCors = new HashSet<>();
		for (Inbound inbound : input.inbounds()) {
			if (inbound.context().product().isEmpty() && inbound.firstCorsIndex() < 0) {
				withoutCors.add(Operation.of(inbound.context()));
			}
		}
		if (withoutCors.isEmpty()) {
			return;
		}
		Map<String, Boolean> inOpenProduct = new HashMap<>();
		for (Inbound inbound : input.inbounds()) {
			PolicyContext context = inbound.context();
			Optional<EffectiveElement> cors = context.product().isEmpty() ? Optional.empty() : inbound.firstCors();
			if (cors.isEmpty() || cors.get().provenance().scope().kind() != ScopeKind.PRODUCT
					|| !withoutCors.contains(Operation.of(context))
					|| inOpenProduct.computeIfAbsent(context.api(), (api) -> inOpenProduct(input, api))) {
				continue;
			}
			String header = input.api(context.api()).map(Api::keyNames).map(KeyNames::header).orElse("");
			findings.report(INFO, FindingLocation.of(cors.get()), context, () -> "cors at "
					+ cors.get().provenance().location() + " is the only cors " + FindingCollector.CONTEXTS + "; API "
					+ context.api() + " reads its subscription key from the " + header + " header and is in no open "
					+ "product, so a preflight, which never carries that header, runs with no product and never "
					+ "meets this cors (a key in the query string would reach it).");
		}
	}

	private static boolean inOpenProduct(AnalysisInput input, String api) {
		return input.workspace().productsContaining(api).stream().anyMatch((product) -> !product.subscriptionRequired());
	}

	/** An API's operation, without the product. */
	private record Operation(String api, Optional<String> operation) {

		static Operation of(PolicyContext context) {
			return new Operation(context.api(), context.operation());
		}

	}

}
