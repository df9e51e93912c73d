package dev.policysim.gateway;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the gateway routed a request (gateway.md §3 and §4).
 *
 * @param api the matched API
 * @param operation the matched operation; empty when no operation matched (the request got a 404)
 * @param product the product context; empty for "no product"
 * @param keySource where the subscription key was found
 * @param subscription the subscription the key belongs to; empty without a (valid) key
 * @param preflight whether the request was handled as a CORS preflight (OPTIONS with
 * {@code Origin} and {@code Access-Control-Request-Method}, and no OPTIONS operation took it)
 */
public record Route(String api, Optional<String> operation, Optional<String> product, KeySource keySource,
		Optional<String> subscription, boolean preflight) {

	public Route {
		Objects.requireNonNull(api, "api");
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(keySource, "keySource");
		Objects.requireNonNull(subscription, "subscription");
	}

}
