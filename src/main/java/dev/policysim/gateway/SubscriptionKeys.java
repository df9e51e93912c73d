package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.KeyNames;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;
import dev.policysim.workspace.Workspace;

/**
 * Resolves the subscription key and the product context of a request (gateway.md §4,
 * api-management-subscriptions): the key from the API's header, only when that header is absent
 * from its query parameter (a blank value counts as absent); a product-scoped key gives its
 * product's context, API, all-APIs and all-access keys give none; without a key an open product
 * containing the API gives its context, an API that needs no subscription runs in no product, and
 * anything else is refused.
 */
final class SubscriptionKeys {

	private final Workspace workspace;

	private final Map<String, List<Subscription>> byKey = new HashMap<>();

	private final Map<String, Product> products = new HashMap<>();

	/** The products containing each API, by API name, filled as requests arrive. */
	private final Map<String, List<Product>> containing = new HashMap<>();

	SubscriptionKeys(Workspace workspace) {
		this.workspace = workspace;
		workspace.products().forEach((product) -> this.products.putIfAbsent(product.name(), product));
		for (Subscription subscription : workspace.subscriptions()) {
			subscription.key().ifPresent((key) -> this.byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(subscription));
		}
	}

	/**
	 * Resolves one request's key.
	 * @param api the matched API
	 * @param url the request URL
	 * @param headers the request headers
	 * @return the resolution
	 */
	KeyResolution resolve(Api api, RequestUrl url, HttpHeaders headers) {
		KeyNames names = api.keyNames();
		Optional<String> header = headers.get(names.header()).map(String::strip).filter((key) -> !key.isEmpty());
		if (header.isPresent()) {
			return withKey(api, header.get(), KeySource.HEADER, "header " + names.header());
		}
		Optional<String> query = url.queryValue(names.query()).map(String::strip).filter((key) -> !key.isEmpty());
		if (query.isPresent()) {
			return withKey(api, query.get(), KeySource.QUERY, "query parameter " + names.query());
		}
		return withoutKey(api, names);
	}

	private KeyResolution withKey(Api api, String key, KeySource source, String where) {
		List<Subscription> candidates = this.byKey.getOrDefault(key, List.of());
		for (Subscription subscription : candidates) {
			if (subscription.active() && covers(subscription.scope(), api)) {
				Optional<Product> product = productOf(subscription.scope());
				String context = product.map((p) -> "product context " + p.name())
					.orElse("no product context (a " + scopeWords(subscription.scope()) + " key runs no product policies)");
				return new KeyResolution(source, Optional.of(subscription), product, Optional.empty(),
						"key from " + where + " belongs to subscription " + subscription.name() + " (scope "
								+ subscription.scope() + "): " + context);
			}
		}
		String why = candidates.isEmpty() ? "matches no subscription"
				: "belongs to subscription " + candidates.get(0).name()
						+ (candidates.get(0).active() ? ", which does not grant access to API " + api.name()
								: ", which is not active");
		return new KeyResolution(source, Optional.empty(), Optional.empty(), Optional.of(KeyRefusal.INVALID),
				"key from " + where + " " + why);
	}

	private KeyResolution withoutKey(Api api, KeyNames names) {
		String none = "no key in header " + names.header() + " or query parameter " + names.query();
		for (Product product : this.containing.computeIfAbsent(api.name(), this.workspace::productsContaining)) {
			if (!product.subscriptionRequired()) {
				return new KeyResolution(KeySource.NONE, Optional.empty(), Optional.of(product), Optional.empty(),
						none + "; open product " + product.name() + " contains the API: product context " + product.name());
			}
		}
		if (!api.subscriptionRequired()) {
			return new KeyResolution(KeySource.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
					none + "; the API requires no subscription: no product context");
		}
		return new KeyResolution(KeySource.NONE, Optional.empty(), Optional.empty(), Optional.of(KeyRefusal.MISSING),
				none + ", no open product contains the API, and the API requires a subscription");
	}

	private boolean covers(SubscriptionScope scope, Api api) {
		return switch (scope.kind()) {
			case PRODUCT -> productOf(scope).map((product) -> product.contains(api.name())).orElse(false);
			case API -> scope.target().map(api.name()::equals).orElse(false);
			case ALL_APIS, ALL_ACCESS -> true;
		};
	}

	private Optional<Product> productOf(SubscriptionScope scope) {
		if (scope.kind() != SubscriptionScope.Kind.PRODUCT) {
			return Optional.empty();
		}
		return scope.target().map(this.products::get);
	}

	private static String scopeWords(SubscriptionScope scope) {
		return switch (scope.kind()) {
			case API -> "API-scoped";
			case ALL_APIS -> "all-APIs";
			default -> "all-access";
		};
	}

}
