package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.policysim.http.HttpHeaders;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;

/**
 * Matches requests to APIs and operations (gateway.md §3), from tables built once per gateway:
 * APIs by path, and each API's operations by method, fewer template parameters first so the first
 * match wins the tie-break.
 */
final class ApiRouter {

	private final Map<String, Api> apisByPath = new HashMap<>();

	private final Map<String, Map<String, List<Route>>> operations = new HashMap<>();

	ApiRouter(List<Api> apis) {
		for (Api api : apis) {
			String path = trimSlashes(api.path()).toLowerCase(Locale.ROOT);
			// two APIs on one path cannot exist in APIM; keep the first by name, deterministically
			this.apisByPath.putIfAbsent(path, api);
			this.operations.put(api.name(), byMethod(api));
		}
	}

	private static Map<String, List<Route>> byMethod(Api api) {
		Map<String, List<Route>> byMethod = new HashMap<>();
		for (Operation operation : api.operations()) {
			byMethod.computeIfAbsent(operation.method().toUpperCase(Locale.ROOT), (method) -> new ArrayList<>())
				.add(new Route(operation, UrlTemplate.compile(operation.urlTemplate())));
		}
		Comparator<Route> fewerParameters = Comparator.comparingInt((Route route) -> route.template().parameterCount())
			.thenComparing(Comparator.comparingInt((Route route) -> route.template().literalLength()).reversed())
			.thenComparing((route) -> route.operation().name());
		byMethod.values().forEach((routes) -> routes.sort(fewerParameters));
		return byMethod;
	}

	/**
	 * Matches one request.
	 * @param method the request method
	 * @param url the request URL
	 * @param headers the request headers, which tell a preflight
	 * @return the match; empty when no API's path prefixes the request path
	 */
	Optional<RouteMatch> match(String method, RequestUrl url, HttpHeaders headers) {
		String path = trimSlashes(url.path());
		Optional<Api> api = api(path.toLowerCase(Locale.ROOT));
		if (api.isEmpty()) {
			return Optional.empty();
		}
		String apiPath = trimSlashes(api.get().path());
		String relative = path.substring(Math.min(apiPath.length(), path.length()));
		List<String> parts = UrlTemplate.split(relative);
		List<String> lowerParts = UrlTemplate.split(relative.toLowerCase(Locale.ROOT));
		Map<String, List<Route>> routes = this.operations.get(api.get().name());
		Optional<String> requested = preflightMethod(method, headers);
		if (requested.isPresent()) {
			Optional<RouteMatch> options = operation(routes, "OPTIONS", parts, lowerParts)
				.map((found) -> found.toMatch(api.get(), false, true, relative));
			if (options.isPresent()) {
				return options;
			}
			return Optional.of(operation(routes, requested.get().toUpperCase(Locale.ROOT), parts, lowerParts)
				.map((found) -> found.toMatch(api.get(), true, false, relative))
				.orElseGet(() -> unmatched(api.get(), true, relative)));
		}
		return Optional.of(operation(routes, method.toUpperCase(Locale.ROOT), parts, lowerParts)
			.map((found) -> found.toMatch(api.get(), false, false, relative))
			.orElseGet(() -> unmatched(api.get(), false, relative)));
	}

	/** A preflight: OPTIONS with {@code Origin} and {@code Access-Control-Request-Method}. */
	static Optional<String> preflightMethod(String method, HttpHeaders headers) {
		if (!method.equalsIgnoreCase("OPTIONS") || !headers.contains("Origin")) {
			return Optional.empty();
		}
		return headers.get("Access-Control-Request-Method").map(String::strip).filter((value) -> !value.isEmpty());
	}

	private static RouteMatch unmatched(Api api, boolean preflight, String relative) {
		return new RouteMatch(api, Optional.empty(), preflight, false, Map.of(), relative);
	}

	/** The API with the longest path that prefixes the request path, segment by segment. */
	private Optional<Api> api(String path) {
		String candidate = path;
		while (true) {
			Api api = this.apisByPath.get(candidate);
			if (api != null) {
				return Optional.of(api);
			}
			if (candidate.isEmpty()) {
				return Optional.empty();
			}
			int slash = candidate.lastIndexOf('/');
			candidate = (slash < 0) ? "" : candidate.substring(0, slash);
		}
	}

	private static Optional<Found> operation(Map<String, List<Route>> routes, String method, List<String> parts,
			List<String> lowerParts) {
		for (Route route : routes.getOrDefault(method, List.of())) {
			Optional<Map<String, String>> parameters = route.template().match(parts, lowerParts);
			if (parameters.isPresent()) {
				return Optional.of(new Found(route.operation(), parameters.get()));
			}
		}
		return Optional.empty();
	}

	private static String trimSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}

	private record Route(Operation operation, UrlTemplate template) {
	}

	private record Found(Operation operation, Map<String, String> parameters) {

		RouteMatch toMatch(Api api, boolean preflight, boolean optionsOperation, String relative) {
			return new RouteMatch(api, Optional.of(this.operation), preflight, optionsOperation, this.parameters, relative);
		}

	}

}
