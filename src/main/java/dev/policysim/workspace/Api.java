package dev.policysim.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.PolicyDocument;

/**
 * An API of the workspace.
 *
 * @param name the API's resource name (its folder under {@code apis/})
 * @param displayName the name shown in the portal; the resource name when unknown
 * @param path the URL path suffix after the gateway host, without leading slash (may be empty)
 * @param subscriptionRequired whether calls need a subscription key
 * @param keyNames where the subscription key is read from
 * @param serviceUrl the backend URL, when known
 * @param policy the API-scope policy document, when it has one
 * @param operations the operations, ordered by name
 */
public record Api(String name, String displayName, String path, boolean subscriptionRequired, KeyNames keyNames,
		Optional<String> serviceUrl, Optional<PolicyDocument> policy, List<Operation> operations) {

	public Api {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(keyNames, "keyNames");
		Objects.requireNonNull(serviceUrl, "serviceUrl");
		Objects.requireNonNull(policy, "policy");
		operations = List.copyOf(operations);
	}

	/**
	 * An operation by name, compared case-insensitively as APIOps folder names are.
	 * @param operationName the operationId
	 * @return the operation, or empty
	 */
	public Optional<Operation> operation(String operationName) {
		return this.operations.stream().filter((operation) -> operation.name().equalsIgnoreCase(operationName)).findFirst();
	}

}
