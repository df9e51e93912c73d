package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.Scope;
import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Product;

/**
 * {@code rate-limit-scope}: a {@code rate-limit} or {@code quota} where no subscription key is
 * used, so it never counts: at an open product's scope, or at the scope of an API (or operation)
 * that requires no key and is in no product that requires one. These policies count calls per
 * subscription and are "only applied when an API is accessed using a subscription key". The
 * {@code -by-key} variants count by an expression and are not judged.
 *
 * <pre>{@code
 * bad:  (API without subscription) <inbound><base /><rate-limit calls="10" renewal-period="60" /></inbound>
 * good: <inbound>
 *         <base />
 *         <rate-limit-by-key calls="10" renewal-period="60" counter-key="@(context.Request.IpAddress)" />
 *       </inbound>
 * }</pre>
 */
public final class RateLimitScope implements Rule {

	private static final RuleInfo INFO = new RuleInfo("rate-limit-scope", Severity.WARNING,
			"rate-limit or quota where no subscription key is used never counts",
			"rate-limit and quota count calls per subscription, and apply only when the API is called with a "
					+ "subscription key. An API that requires no key, reached outside any product that requires "
					+ "one, or an open product, gets its calls without keys: none of them is counted, so anonymous "
					+ "callers are never limited although the policy suggests they are.",
			List.of(References.RATE_LIMIT, References.QUOTA, References.SUBSCRIPTIONS, References.RATE_LIMIT_BY_KEY),
			"""
					<!-- apis/catalog/policy.xml; the API requires no subscription -->
					<inbound>
					  <base />
					  <rate-limit calls="10" renewal-period="60" />
					</inbound>""",
			"""
					<inbound>
					  <base />
					  <rate-limit-by-key calls="10" renewal-period="60" counter-key="@(context.Request.IpAddress)" />
					</inbound>""",
			"Count by something every call has (rate-limit-by-key or quota-by-key with counter-key, e.g. the "
					+ "client IP), or require a subscription.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (PolicySite site : keyed(input)) {
			if (site.scope().isPresent()) {
				keyless(input, site.scope().get(), site.api()).ifPresent((why) -> findings.report(INFO, site.location(),
						site.name() + " at " + site.source() + " counts calls per subscription, but " + why
								+ ": calls without a key are never counted, so anonymous callers are not limited."));
			}
		}
	}

	private static List<PolicySite> keyed(AnalysisInput input) {
		List<PolicySite> sites = new ArrayList<>(input.sites("rate-limit"));
		sites.addAll(input.sites("quota"));
		return sites;
	}

	/** Why no key is used where the policy stands; empty when some context uses one. */
	private static Optional<String> keyless(AnalysisInput input, Scope scope, Optional<String> apiName) {
		if (scope.kind() == ScopeKind.PRODUCT) {
			return input.workspace().product(scope.name().orElse(""))
				.filter((product) -> !product.subscriptionRequired())
				.map((product) -> "product " + product.name() + " requires no subscription");
		}
		if (scope.kind() != ScopeKind.API && scope.kind() != ScopeKind.OPERATION) {
			return Optional.empty();
		}
		Optional<Api> api = apiName.flatMap(input::api).filter((value) -> !value.subscriptionRequired());
		if (api.isEmpty()) {
			return Optional.empty();
		}
		List<Product> products = input.workspace().productsContaining(api.get().name());
		if (products.stream().anyMatch(Product::subscriptionRequired)) {
			return Optional.empty();
		}
		return Optional.of("API " + api.get().name() + " requires no subscription key and is in no product that does");
	}

}
