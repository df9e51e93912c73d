package dev.policysim.browser;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The CORS check on a response, in Chromium's order ({@code network::cors::CheckAccess}): a
 * literal {@code *} passes without credentials and fails with them; a missing ACAO fails; any
 * other value must equal the serialised origin byte for byte (a trailing slash, another case or an
 * explicit default port fail); with credentials, {@code Access-Control-Allow-Credentials} must be
 * exactly {@code true}.
 */
public final class AllowOriginCheck {

	private static final Pattern URL_WITH_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	private static final List<String> SPECIAL_SCHEMES = List.of("http", "https", "ws", "wss", "ftp", "file");

	private AllowOriginCheck() {
	}

	/**
	 * Checks a response against the request's origin.
	 * @param response the response headers
	 * @param serializedOrigin the request's origin as sent: the page origin, or {@code null} after a
	 * tainting redirect
	 * @param include whether the credentials mode is {@code include}
	 * @return the failure; empty when the response may be shared
	 */
	public static Optional<CorsFailure> check(HttpHeaders response, String serializedOrigin, boolean include) {
		Optional<String> allowOrigin = normalizedHeader(response, "Access-Control-Allow-Origin");
		if (allowOrigin.isPresent() && allowOrigin.get().equals("*")) {
			return include ? Optional.of(CorsFailure.of(CorsError.WILDCARD_ORIGIN_NOT_ALLOWED, "")) : Optional.empty();
		}
		if (allowOrigin.isEmpty()) {
			return Optional.of(CorsFailure.of(CorsError.MISSING_ALLOW_ORIGIN_HEADER, ""));
		}
		String value = allowOrigin.get();
		if (!value.equals(serializedOrigin)) {
			return Optional.of(CorsFailure.of(mismatchKind(value), value));
		}
		if (!include) {
			return Optional.empty();
		}
		String allowCredentials = normalizedHeader(response, "Access-Control-Allow-Credentials").orElse("");
		return allowCredentials.equals("true") ? Optional.empty()
				: Optional.of(CorsFailure.of(CorsError.INVALID_ALLOW_CREDENTIALS, allowCredentials));
	}

	/**
	 * A header as Chromium's {@code GetNormalizedHeader} returns it: each line trimmed of spaces
	 * and tabs, several lines joined by {@code ", "}.
	 */
	static Optional<String> normalizedHeader(HttpHeaders headers, String name) {
		@Nullable String joined = null;
		for (HttpHeader line : headers.entries()) {
			if (line.hasName(name)) {
				String value = HttpTokens.trimLinearWhitespace(line.value());
				joined = (joined == null) ? value : joined + ", " + value;
			}
		}
		return Optional.ofNullable(joined);
	}

	private static CorsError mismatchKind(String value) {
		if (value.indexOf(' ') >= 0 || value.indexOf(',') >= 0) {
			return CorsError.MULTIPLE_ALLOW_ORIGIN_VALUES;
		}
		if (value.equals("null")) {
			return CorsError.ALLOW_ORIGIN_MISMATCH;
		}
		return isValidUrl(value) ? CorsError.ALLOW_ORIGIN_MISMATCH : CorsError.INVALID_ALLOW_ORIGIN_VALUE;
	}

	/**
	 * An approximation of {@code GURL::is_valid}: after trimming control characters and spaces the
	 * value needs a scheme, and a special scheme needs a host.
	 */
	private static boolean isValidUrl(String value) {
		String trimmed = value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
		if (!URL_WITH_SCHEME.matcher(trimmed).matches()) {
			return false;
		}
		int colon = trimmed.indexOf(':');
		String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
		if (!SPECIAL_SCHEMES.contains(scheme)) {
			return true;
		}
		String rest = trimmed.substring(colon + 1).replaceFirst("^[/\\\\]*", "");
		return !rest.isEmpty() && "/?#".indexOf(rest.charAt(0)) < 0;
	}

}
