package dev.policysim.gateway;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;

/**
 * What matching found for a request (gateway.md §3).
 *
 * @param api the API whose path is the longest prefix of the request path
 * @param operation the operation; empty when none matched (the request gets the 404)
 * @param preflight whether the request is handled as a CORS preflight, matched by its requested
 * method
 * @param optionsOperation whether the request looked like a preflight but the API's OPTIONS
 * operation took it, bypassing the cors preflight logic
 * @param pathParameters the operation template's parameters and their values
 * @param relativePath the request path after the API's path, as the backend URL continues it
 */
record RouteMatch(Api api, Optional<Operation> operation, boolean preflight, boolean optionsOperation,
		Map<String, String> pathParameters, String relativePath) {

	RouteMatch {
		Objects.requireNonNull(api, "api");
		Objects.requireNonNull(operation, "operation");
		pathParameters = Map.copyOf(pathParameters);
		Objects.requireNonNull(relativePath, "relativePath");
	}

}
