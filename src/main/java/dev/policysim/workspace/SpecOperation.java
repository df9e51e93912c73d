package dev.policysim.workspace;

import java.util.Objects;

import dev.policysim.policy.Position;

/**
 * An operation as an API's specification declares it, before its policy is attached.
 *
 * @param name the operationId, or the name APIM derives when there is none
 * @param method the HTTP method in upper case
 * @param template the URL template relative to the API path
 * @param position where the operation is declared
 */
record SpecOperation(String name, String method, String template, Position position) {

	SpecOperation {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(position, "position");
	}

}
