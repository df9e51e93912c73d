package dev.policysim.browser;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.policysim.http.HttpHeader;

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
		return verdict.exchanges()
			.stream()
			.map((exchange) -> exchange.request().method() + " " + exchange.request().url()
					+ exchange.request().headers().get("Origin").map((origin) -> " Origin: " + origin).orElse(""))
			.toList();
	}

	static Map<String, String> readable(CorsVerdict verdict) {
		Map<String, String> readable = new TreeMap<>();
		for (HttpHeader line : verdict.readable().entries()) {
			readable.merge(line.lowerCaseName(), line.value(), (first, next) -> first + ", " + next);
		}
		return readable;
	}

}
