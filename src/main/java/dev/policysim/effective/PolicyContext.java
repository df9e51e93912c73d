package dev.policysim.effective;

import java.util.Objects;
import java.util.Optional;

/**
 * What an effective policy is computed for: an API, optionally one of its operations, and the
 * product context the request runs in.
 *
 * @param api the API name
 * @param operation the operation name; empty for the API-level policy
 * @param product the product; empty for "no product"
 */
public record PolicyContext(String api, Optional<String> operation, Optional<String> product) {

	public PolicyContext {
		Objects.requireNonNull(api, "api");
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(product, "product");
	}

	@Override
	public String toString() {
		return "API " + this.api + this.operation.map((name) -> ", operation " + name).orElse("")
				+ this.product.map((name) -> " under product " + name).orElse(" with no product");
	}

}
