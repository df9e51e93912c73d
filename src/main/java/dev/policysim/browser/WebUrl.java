package dev.policysim.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An http or https URL in the canonical form Chromium prints it: lower-case scheme and host, no
 * default port, a path of at least {@code /}, no fragment.
 *
 * @param scheme {@code http} or {@code https}
 * @param userInfo the {@code user:password} part; empty when there is none
 * @param host the host in lower case
 * @param port the port, the scheme's default when none was given
 * @param pathAndQuery the path and the query, starting with {@code /}
 */
public record WebUrl(String scheme, String userInfo, String host, int port, String pathAndQuery) {

	public WebUrl {
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(userInfo, "userInfo");
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(pathAndQuery, "pathAndQuery");
	}

	/**
	 * Parses an absolute http or https URL.
	 * @param text the URL
	 * @return the URL
	 * @throws IllegalArgumentException when the text is not an absolute http(s) URL with a host
	 */
	public static WebUrl parse(String text) {
		URI uri = toUri(text);
		String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("not an http or https URL: '" + text + "'");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw new IllegalArgumentException("URL has no host: '" + text + "'");
		}
		String path = Optional.ofNullable(uri.getRawPath()).filter((raw) -> !raw.isEmpty()).orElse("/");
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		int port = (uri.getPort() != -1) ? uri.getPort() : defaultPort(scheme);
		return new WebUrl(scheme, Optional.ofNullable(uri.getRawUserInfo()).orElse(""),
				uri.getHost().toLowerCase(Locale.ROOT), port, path + query);
	}

	/**
	 * Whether a text names an http or https URL at all, so that a redirect to {@code data:} or
	 * {@code ftp:} can be told apart from a malformed location.
	 * @param base the URL the location is relative to
	 * @param location the {@code Location} value
	 * @return {@code true} when the resolved location has the http or https scheme
	 */
	public static boolean isHttpLocation(WebUrl base, String location) {
		try {
			String scheme = toUri(base.serialize()).resolve(toUri(location)).getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Resolves a {@code Location} value against this URL.
	 * @param location an absolute or relative reference
	 * @return the target URL
	 * @throws IllegalArgumentException when the result is not an http(s) URL
	 */
	public WebUrl resolve(String location) {
		return parse(toUri(serialize()).resolve(toUri(location)).toString());
	}

	/** The origin of this URL. */
	public Origin origin() {
		return new Origin(this.scheme, this.host, this.port);
	}

	/** Whether the URL carries a user name or password, which CORS forbids in redirects. */
	public boolean hasCredentials() {
		return !this.userInfo.isEmpty();
	}

	/** This URL without user name and password, as Chromium sends a CORS request. */
	public WebUrl withoutCredentials() {
		return new WebUrl(this.scheme, "", this.host, this.port, this.pathAndQuery);
	}

	/** The URL as Chromium prints it. */
	public String serialize() {
		String credentials = this.userInfo.isEmpty() ? "" : this.userInfo + "@";
		String port = (this.port == defaultPort(this.scheme)) ? "" : ":" + this.port;
		return this.scheme + "://" + credentials + this.host + port + this.pathAndQuery;
	}

	@Override
	public String toString() {
		return serialize();
	}

	static int defaultPort(String scheme) {
		return scheme.equals("https") ? 443 : 80;
	}

	private static URI toUri(String text) {
		try {
			return new URI(text.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a valid URL: '" + text + "' (" + ex.getReason() + ")", ex);
		}
	}

}
