package dev.policysim.gateway;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;

/**
 * What the subscription check found for a request.
 *
 * @param source where the key was found
 * @param subscription the active subscription the key belongs to; empty without a valid key
 * @param product the product context; empty for "no product"
 * @param refusal why the check refuses the request; empty when it passes
 * @param detail what the check found, in words, for the trace (without the 401 it leads to)
 */
record KeyResolution(KeySource source, Optional<Subscription> subscription, Optional<Product> product,
		Optional<KeyRefusal> refusal, String detail) {

	KeyResolution {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(subscription, "subscription");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(refusal, "refusal");
		Objects.requireNonNull(detail, "detail");
	}

}
