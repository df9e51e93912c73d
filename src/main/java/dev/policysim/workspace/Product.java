package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

import dev.policysim.policy.PolicyDocument;

/**
 * A product: a group of APIs with its own policy and subscriptions.
 *
 * @param name the product's resource name (its folder under {@code products/})
 * @param displayName the name shown in the portal
 * @param subscriptionRequired {@code false} for an "open" product, whose context keyless calls get
 * @param state {@code published} or {@code notPublished}
 * @param policy the product-scope policy document, when it has one
 * @param apis the names of the APIs the product contains
 */
public record Product(String name, String displayName, boolean subscriptionRequired, String state,
		Optional<PolicyDocument> policy, Set<String> apis) {

	public Product {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(policy, "policy");
		SortedSet<String> sorted = new TreeSet<>(apis);
		apis = Collections.unmodifiableSortedSet(sorted);
	}

	/** Whether the product contains the named API. */
	public boolean contains(String apiName) {
		return this.apis.contains(apiName);
	}

}
