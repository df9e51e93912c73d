package dev.policysim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;

/**
 * Which response headers script can read from a CORS response: the safelisted ones
 * ({@code Cache-Control Content-Language Content-Length Content-Type Expires Last-Modified Pragma})
 * plus those named in {@code Access-Control-Expose-Headers}; {@code *} there exposes everything
 * only without credentials; {@code Set-Cookie} never. Hiding a header is silent: no console line.
 */
public final class ResponseExposure {

	private static final Set<String> SAFELISTED = Set.of("cache-control", "content-language", "content-length",
			"content-type", "expires", "last-modified", "pragma");

	private static final Set<String> NEVER = Set.of("set-cookie", "set-cookie2");

	private ResponseExposure() {
	}

	/**
	 * The lines of a cross-origin (CORS) response that script can read.
	 * @param response the response headers
	 * @param include whether the credentials mode is include
	 * @return the readable lines, in response order
	 */
	public static HttpHeaders corsReadable(HttpHeaders response, boolean include) {
		Set<String> exposed = exposedNames(AllowOriginCheck.normalizedHeader(response, "Access-Control-Expose-Headers"));
		boolean all = !include && exposed.contains("*");
		return filter(response, (name) -> SAFELISTED.contains(name) || all || exposed.contains(name));
	}

	/**
	 * The lines of a same-origin response that script can read: all but {@code Set-Cookie}.
	 * @param response the response headers
	 * @return the readable lines
	 */
	public static HttpHeaders sameOriginReadable(HttpHeaders response) {
		return filter(response, (name) -> true);
	}

	/**
	 * The names of {@code Access-Control-Expose-Headers}: a comma-separated list of tokens where
	 * empty elements are skipped (checked against Chromium 156); any other malformed element makes
	 * the whole list empty.
	 */
	static Set<String> exposedNames(Optional<String> value) {
		Set<String> names = new TreeSet<>();
		if (value.isEmpty()) {
			return names;
		}
		for (String element : value.get().split(",", -1)) {
			String item = HttpTokens.trimLinearWhitespace(element);
			if (item.isEmpty()) {
				continue;
			}
			if (!HttpTokens.isToken(item)) {
				return new TreeSet<>();
			}
			names.add(item.toLowerCase(Locale.ROOT));
		}
		return names;
	}

	private static HttpHeaders filter(HttpHeaders response, Predicate<String> readable) {
		List<HttpHeader> lines = new ArrayList<>(response.entries().size());
		for (HttpHeader line : response.entries()) {
			String name = line.lowerCaseName();
			if (!NEVER.contains(name) && readable.test(name)) {
				lines.add(new HttpHeader(name, line.value()));
			}
		}
		return new HttpHeaders(lines);
	}

}
