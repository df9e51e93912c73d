package dev.policysim.browser;

import java.util.Objects;

/**
 * A tuple origin: scheme, host and port. Two URLs are same-origin when all three are equal.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host in lower case
 * @param port the port
 */
public record Origin(String scheme, String host, int port) {

	/** How an opaque origin serialises: the value of {@code Origin} after a tainting redirect. */
	public static final String OPAQUE = "null";

	public Origin {
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(host, "host");
	}

	/**
	 * The origin of a page URL such as {@code https://portal.contoso.com}; a path is ignored.
	 * @param text the page URL or origin
	 * @return the origin
	 * @throws IllegalArgumentException when the text is not an http(s) URL
	 */
	public static Origin parse(String text) {
		return WebUrl.parse(text).origin();
	}

	/**
	 * Whether a URL has this origin.
	 * @param url the URL
	 * @return {@code true} when scheme, host and port match
	 */
	public boolean isSameOrigin(WebUrl url) {
		return equals(url.origin());
	}

	/** The serialisation browsers send in {@code Origin}: no default port, no trailing slash. */
	public String serialize() {
		String port = (this.port == WebUrl.defaultPort(this.scheme)) ? "" : ":" + this.port;
		return this.scheme + "://" + this.host + port;
	}

	@Override
	public String toString() {
		return serialize();
	}

}
