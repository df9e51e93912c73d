package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;

/**
 * An operation of an API, from the API's OpenAPI or Swagger specification.
 *
 * @param name the operationId, which names the operation's policy folder
 * @param method the HTTP method in upper case
 * @param urlTemplate the URL template relative to the API path, e.g. {@code /{id}}
 * @param policy the operation's policy document, when it has one
 * @param specFile the specification file the operation comes from, relative to the workspace
 * root; empty for an operation known only from its policy folder
 * @param specPosition where the operation is declared in that file
 */
public record Operation(String name, String method, String urlTemplate, Optional<PolicyDocument> policy,
		Optional<String> specFile, Position specPosition) {

	public Operation {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(urlTemplate, "urlTemplate");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(specFile, "specFile");
		Objects.requireNonNull(specPosition, "specPosition");
	}

}
