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
import org.jspecify.annotations.Nullable;

/**
 * Matches requests to APIs and operations (gateway.md §3), from tables built once per gateway:
 * APIs by path, and each API's operations by method, fewer template parameters first so the first
 * match wins the tie-break.
 */
final class ApiRouter {

	/** Fewer template parameters first, then more literal text, then by name (gateway.md §3). */
	private static final Comparator<Route> ORDER = Comparator
		.comparingInt((Route route) -> route.template().parameterCount())
		.thenComparing(Comparator.comparingInt((Route route) -> route.template().literalLength()).reversed())
		.thenComparing((route) -> route.operation().name());

	/** Each API with its operations' routes, by lower-case path: one lookup per request. */
	private final Map<String, ApiRoutes> apisByPath = new HashMap<>();

	ApiRouter(List<Api> apis) {
		Map<String, Map<String, MethodRoutes>> operations = new HashMap<>();
		for (Api api : apis) {
			operations.put(api.name(), byMethod(api));
		}
		for (Api api : apis) {
			String path = trimSlashes(api.path()).toLowerCase(Locale.ROOT);
			// two APIs on one path cannot exist in APIM; keep the first by name, deterministically
			this.apisByPath.putIfAbsent(path, new ApiRoutes(api, operations.get(api.name())));
		}
	}

	private static Map<String, MethodRoutes> byMethod(Api api) {
		Map<String, List<Route>> byMethod = new HashMap<>();
		for (Operation operation : api.operations()) {
			byMethod.computeIfAbsent(operation.method().toUpperCase(Locale.ROOT), (method) -> new ArrayList<>())
				.add(new Route(operation, UrlTemplate.compile(operation.urlTemplate())));
		}
		Map<String, MethodRoutes> routes = new HashMap<>();
		byMethod.forEach((method, list) -> routes.put(method, MethodRoutes.of(list)));
		return routes;
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
		Optional<ApiRoutes> table = api(path.toLowerCase(Locale.ROOT));
		if (table.isEmpty()) {
			return Optional.empty();
		}
		Optional<Api> api = Optional.of(table.get().api());
		String apiPath = trimSlashes(api.get().path());
		String relative = path.substring(Math.min(apiPath.length(), path.length()));
		List<String> parts = UrlTemplate.split(relative);
		List<String> lowerParts = UrlTemplate.split(relative.toLowerCase(Locale.ROOT));
		Map<String, MethodRoutes> routes = table.get().routes();
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
	private Optional<ApiRoutes> api(String path) {
		String candidate = path;
		while (true) {
			@Nullable ApiRoutes api = this.apisByPath.get(candidate);
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

	private static Optional<Found> operation(Map<String, MethodRoutes> routes, String method, List<String> parts,
			List<String> lowerParts) {
		@Nullable MethodRoutes candidates = routes.get(method);
		if (candidates == null) {
			return Optional.empty();
		}
		List<Route> literal = parts.isEmpty() ? List.of()
				: candidates.byFirstLiteral().getOrDefault(lowerParts.get(0), List.of());
		Optional<Found> first = first(literal, parts, lowerParts);
		Optional<Found> other = first(candidates.others(), parts, lowerParts);
		if (first.isEmpty() || other.isEmpty()) {
			return first.or(() -> other);
		}
		return (ORDER.compare(first.get().route(), other.get().route()) <= 0) ? first : other;
	}

	private static Optional<Found> first(List<Route> routes, List<String> parts, List<String> lowerParts) {
		for (Route route : routes) {
			Optional<Map<String, String>> parameters = route.template().match(parts, lowerParts);
			if (parameters.isPresent()) {
				return Optional.of(new Found(route, parameters.get()));
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

	private record ApiRoutes(Api api, Map<String, MethodRoutes> routes) {
	}

	/**
	 * One method's routes in matching order, indexed by their first literal segment so a request
	 * tries only the templates that can match it, and the ones starting with a parameter.
	 */
	private record MethodRoutes(Map<String, List<Route>> byFirstLiteral, List<Route> others) {

		static MethodRoutes of(List<Route> routes) {
			List<Route> sorted = new ArrayList<>(routes);
			sorted.sort(ORDER);
			Map<String, List<Route>> byFirstLiteral = new HashMap<>();
			List<Route> others = new ArrayList<>();
			for (Route route : sorted) {
				Optional<String> literal = route.template().firstLiteral();
				if (literal.isPresent()) {
					byFirstLiteral.computeIfAbsent(literal.get(), (key) -> new ArrayList<>()).add(route);
				}
				else {
					others.add(route);
				}
			}
			return new MethodRoutes(byFirstLiteral, others);
		}

	}

	private record Found(Route route, Map<String, String> parameters) {

		RouteMatch toMatch(Api api, boolean preflight, boolean optionsOperation, String relative) {
			return new RouteMatch(api, Optional.of(this.route.operation()), preflight, optionsOperation, this.parameters,
					relative);
		}

	}

}
