package dev.policysim.browser;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Request headers scripts may not set (Fetch "forbidden request-header"). {@code fetch} and
 * {@code XMLHttpRequest} drop them silently, so they never cause a preflight: a script cannot send
 * its own {@code Origin}, {@code Cookie} or {@code Sec-*} header.
 */
final class ForbiddenRequestHeaders {

	private static final Set<String> NAMES = Set.of("accept-charset", "accept-encoding",
			"access-control-request-headers", "access-control-request-method", "connection", "content-length",
			"cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
			"trailer", "transfer-encoding", "upgrade", "via");

	private static final Set<String> METHOD_OVERRIDES = Set.of("x-http-method", "x-http-method-override",
			"x-method-override");

	private ForbiddenRequestHeaders() {
	}

	static boolean isForbidden(String name, String value) {
		return isForbiddenLowerCase(name.toLowerCase(Locale.ROOT), value);
	}

	static boolean isForbiddenLowerCase(String lower, String value) {
		if (NAMES.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")) {
			return true;
		}
		return METHOD_OVERRIDES.contains(lower) && Arrays.stream(value.split(","))
			.map(String::strip)
			.anyMatch((method) -> new RequestMethod(method).isForbidden());
	}

}
