package dev.policysim.browser;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.policysim.http.HttpHeaders;

/**
 * What a successful preflight response allows, parsed as Chromium's {@code PreflightResult} does:
 * methods keep their case (matching is case-sensitive), header names are lower-cased (matching is
 * not), {@code *} is a wildcard only without credentials.
 *
 * @param methods the methods of {@code Access-Control-Allow-Methods}
 * @param headers the lower-cased names of {@code Access-Control-Allow-Headers}
 * @param credentials whether the preflight was made for a request with credentials mode include
 * @param maxAge how long the result may be cached
 */
public record PreflightResult(Set<String> methods, Set<String> headers, boolean credentials, Duration maxAge) {

	/** Chromium's default when {@code Access-Control-Max-Age} is absent or not an integer. */
	public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

	/** Chromium's cap on {@code Access-Control-Max-Age}. */
	public static final Duration MAX_MAX_AGE = Duration.ofHours(2);

	public PreflightResult {
		methods = Set.copyOf(methods);
		headers = Set.copyOf(headers);
		Objects.requireNonNull(maxAge, "maxAge");
	}

	/**
	 * Parses the allow lists; a list that is not a comma-separated list of tokens is an error.
	 * @param response the preflight response headers
	 * @param credentials whether the actual request's credentials mode is include
	 * @return the result, or the parse error
	 */
	static Parsed parse(HttpHeaders response, boolean credentials) {
		Optional<Set<String>> methods = parseList(response, "Access-Control-Allow-Methods", false);
		if (methods.isEmpty()) {
			return Parsed.failed(CorsError.INVALID_ALLOW_METHODS_PREFLIGHT_RESPONSE);
		}
		Optional<Set<String>> headers = parseList(response, "Access-Control-Allow-Headers", true);
		if (headers.isEmpty()) {
			return Parsed.failed(CorsError.INVALID_ALLOW_HEADERS_PREFLIGHT_RESPONSE);
		}
		Duration maxAge = parseMaxAge(AllowOriginCheck.normalizedHeader(response, "Access-Control-Max-Age"));
		return new Parsed(Optional.of(new PreflightResult(methods.get(), headers.get(), credentials, maxAge)),
				Optional.empty());
	}

	/** A parsed result or the reason there is none. */
	record Parsed(Optional<PreflightResult> result, Optional<CorsFailure> failure) {

		static Parsed failed(CorsError error) {
			return new Parsed(Optional.empty(), Optional.of(CorsFailure.of(error, "")));
		}

	}

	/**
	 * Chromium's {@code ParseAccessControlMaxAge}: absent or not an integer is 5 s, negative is 0
	 * (no caching), 7200 s and above is 7200 s.
	 * @param value the header value
	 * @return how long to cache
	 */
	public static Duration parseMaxAge(Optional<String> value) {
		if (value.isEmpty() || !value.get().matches("[+-]?[0-9]+")) {
			return DEFAULT_MAX_AGE;
		}
		long seconds;
		try {
			seconds = Long.parseLong(value.get());
		}
		catch (NumberFormatException ex) {
			return DEFAULT_MAX_AGE;
		}
		if (seconds < 0) {
			return Duration.ZERO;
		}
		return (seconds >= MAX_MAX_AGE.toSeconds()) ? MAX_MAX_AGE : Duration.ofSeconds(seconds);
	}

	/**
	 * Whether the method may be used: listed exactly, or GET/HEAD/POST, or {@code *} without
	 * credentials.
	 * @param method the method as sent
	 * @return the failure; empty when allowed
	 */
	Optional<CorsFailure> checkMethod(RequestMethod method) {
		boolean allowed = this.methods.contains(method.value()) || method.isCorsSafelisted()
				|| (!this.credentials && this.methods.contains("*"));
		return allowed ? Optional.empty()
				: Optional.of(CorsFailure.of(CorsError.METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE, method.value()));
	}

	/**
	 * Whether every non-safelisted request header is listed. Without credentials {@code *} allows
	 * everything, {@code Authorization} included: Chromium deviates from the Fetch standard here
	 * (its {@code CorsNonWildcardRequestHeadersSupport} is off), only the preflight cache is strict.
	 * @param unsafeNames the request's non-safelisted header names
	 * @param strict whether {@code *} must not cover {@code Authorization} (the cache's rule)
	 * @return the failure; empty when allowed
	 */
	Optional<CorsFailure> checkHeaders(List<String> unsafeNames, boolean strict) {
		if (!this.credentials && this.headers.contains("*")) {
			boolean authorizationUncovered = strict && unsafeNames.contains("authorization")
					&& !this.headers.contains("authorization");
			return authorizationUncovered
					? Optional.of(CorsFailure.of(CorsError.HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE, "authorization"))
					: Optional.empty();
		}
		List<String> missing = unsafeNames.stream().filter((name) -> !this.headers.contains(name)).toList();
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CorsFailure(CorsError.HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE, missing.get(0),
				missing.subList(1, missing.size())));
	}

	private static Optional<Set<String>> parseList(HttpHeaders response, String name, boolean lowerCase) {
		Set<String> items = new LinkedHashSet<>();
		Optional<String> value = AllowOriginCheck.normalizedHeader(response, name);
		if (value.isEmpty()) {
			return Optional.of(items);
		}
		for (String item : value.get().split(",", -1)) {
			String trimmed = HttpTokens.trimLinearWhitespace(item);
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!HttpTokens.isToken(trimmed)) {
				return Optional.empty();
			}
			items.add(lowerCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
		}
		return Optional.of(items);
	}

}
