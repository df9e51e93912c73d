package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * A subscription. APIOps never exports keys, so a key comes from a scenario.
 *
 * @param name the subscription's resource name
 * @param scope what it grants access to
 * @param active whether its state is {@code active}
 * @param key the key a request presents, when a scenario names one
 */
public record Subscription(String name, SubscriptionScope scope, boolean active, Optional<String> key) {

	public Subscription {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(key, "key");
	}

}
