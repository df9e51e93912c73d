package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;

/**
 * The CORS headers the gateway writes (gateway.md §5). Names and the list format (comma-separated,
 * no spaces) are assumed: the reference documents which headers, not their exact values.
 */
final class CorsHeaders {

	static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

	static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

	static final String ALLOW_METHODS = "Access-Control-Allow-Methods";

	static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";

	static final String MAX_AGE = "Access-Control-Max-Age";

	static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

	private CorsHeaders() {
	}

	/**
	 * The answer to a preflight whose origin the element allows: what it allows, even when the
	 * requested method or a header is not among it, so the browser refuses those itself (assumed).
	 * @param rules the cors element's settings
	 * @param origin the request's {@code Origin}, echoed as sent
	 * @param requestedMethod the {@code Access-Control-Request-Method} value
	 * @param requestedHeaders the {@code Access-Control-Request-Headers} names, lower-cased
	 * @return 200 with an empty body
	 */
	static HttpResponse preflight(CorsRules rules, String origin, String requestedMethod, List<String> requestedHeaders) {
		List<HttpHeader> lines = new ArrayList<>();
		lines.add(new HttpHeader(ALLOW_ORIGIN, rules.allowOrigin(origin)));
		if (rules.credentials()) {
			lines.add(new HttpHeader(ALLOW_CREDENTIALS, "true"));
		}
		lines.add(new HttpHeader(ALLOW_METHODS, rules.anyMethod() ? requestedMethod : String.join(",", rules.listedMethods())));
		String headers = allowHeaders(rules, requestedHeaders);
		if (!headers.isEmpty()) {
			lines.add(new HttpHeader(ALLOW_HEADERS, headers));
		}
		if (rules.maxAge() > 0) {
			lines.add(new HttpHeader(MAX_AGE, Long.toString(rules.maxAge())));
		}
		lines.add(new HttpHeader("Vary", "Origin"));
		return new HttpResponse(200, new HttpHeaders(lines), "");
	}

	/** The listed headers, or the requested ones for {@code *}; the default key header when requested. */
	private static String allowHeaders(CorsRules rules, List<String> requested) {
		if (rules.anyHeader()) {
			return String.join(",", requested);
		}
		List<String> names = new ArrayList<>(rules.headers());
		String key = CorsRules.DEFAULT_KEY_HEADER.toLowerCase(Locale.ROOT);
		boolean listed = names.stream().anyMatch(CorsRules.DEFAULT_KEY_HEADER::equalsIgnoreCase);
		if (requested.contains(key) && !listed) {
			names.add(CorsRules.DEFAULT_KEY_HEADER);
		}
		return String.join(",", names);
	}

	/**
	 * A final response with the headers of a cors element that matched the origin of an actual
	 * request: {@code Access-Control-Allow-Origin}, {@code -Allow-Credentials} when enabled,
	 * {@code -Expose-Headers} when set, and {@code Vary: Origin}. They replace any the backend sent.
	 */
	static HttpResponse actual(HttpResponse response, CorsRules rules, String origin) {
		MutableHeaders headers = new MutableHeaders(response.headers());
		headers.set(ALLOW_ORIGIN, rules.allowOrigin(origin));
		if (rules.credentials()) {
			headers.set(ALLOW_CREDENTIALS, "true");
		}
		if (!rules.exposeHeaders().isEmpty()) {
			headers.set(EXPOSE_HEADERS, String.join(",", rules.exposeHeaders()));
		}
		boolean varies = headers.get("Vary").map((vary) -> vary.toLowerCase(Locale.ROOT).contains("origin")).orElse(false);
		if (!varies) {
			headers.add("Vary", "Origin");
		}
		return new HttpResponse(response.status(), headers.freeze(), response.body());
	}

	/**
	 * The names of {@code Access-Control-Request-Headers}.
	 * @param value the header's value
	 * @return the names, trimmed and lower-cased, in order; empty for an empty value
	 */
	static List<String> requestedHeaders(String value) {
		List<String> names = new ArrayList<>();
		int start = 0;
		while (start <= value.length()) {
			int comma = value.indexOf(',', start);
			int end = (comma < 0) ? value.length() : comma;
			String name = value.substring(start, end).strip();
			if (!name.isEmpty()) {
				names.add(name.toLowerCase(Locale.ROOT));
			}
			start = end + 1;
		}
		return names;
	}

}
