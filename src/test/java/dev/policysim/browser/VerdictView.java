package dev.policysim.browser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpRequest;

/**
 * A verdict reduced to what both suites compare, in the vocabulary of the case table: preflight as
 * {@code "PUT content-type,x-a"}, requests as {@code "GET url Origin: o"}.
 */
final class VerdictView {

	private VerdictView() {
	}

	static String preflight(CorsVerdict verdict) {
		return verdict.firstPreflight()
			.map((step) -> step.request().method()
					+ step.request().accessControlRequestHeaders().map((names) -> " " + names).orElse(""))
			.orElse(null);
	}

	static List<String> requests(CorsVerdict verdict) {
		return verdict.exchanges().stream().map((exchange) -> describe(exchange.request())).toList();
	}

	/**
	 * A request as the case table writes it: method, URL, {@code Origin} and, on a preflight, the
	 * {@code Access-Control-Request-*} headers.
	 */
	static String describe(HttpRequest request) {
		return request.method() + " " + request.url()
				+ request.headers().get("Origin").map((origin) -> " Origin: " + origin).orElse("")
				+ request.headers().get("Access-Control-Request-Method").map((method) -> " ACRM: " + method).orElse("")
				+ request.headers().get("Access-Control-Request-Headers").map((names) -> " ACRH: " + names).orElse("");
	}

	static Map<String, String> readable(CorsVerdict verdict) {
		Map<String, String> readable = new TreeMap<>();
		for (HttpHeader line : verdict.readable().entries()) {
			readable.merge(line.lowerCaseName(), line.value(), (first, next) -> first + ", " + next);
		}
		return readable;
	}

}
