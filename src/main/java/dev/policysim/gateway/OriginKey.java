package dev.policysim.gateway;

import java.util.Locale;
import java.util.Optional;

/**
 * An origin in the form the gateway compares them (gateway.md §5): scheme and host in lower case,
 * the port made explicit (80 for http, 443 for https), a single trailing slash ignored. The gateway
 * still answers with the request's {@code Origin} exactly as sent.
 */
final class OriginKey {

	private OriginKey() {
	}

	/**
	 * The comparable form of an origin.
	 * @param origin an {@code Origin} header value or a configured {@code <origin>}
	 * @return e.g. {@code https://portal.contoso.com:443}; empty when the text is not scheme, host
	 * and optional port (a path, {@code null}, a wildcard subdomain)
	 */
	static Optional<String> of(String origin) {
		String text = origin.strip();
		if (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		int separator = text.indexOf("://");
		if (separator <= 0) {
			return Optional.empty();
		}
		String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
		String authority = text.substring(separator + 3).toLowerCase(Locale.ROOT);
		if (authority.isEmpty() || containsAny(authority, "/?#*@ ")) {
			return Optional.empty();
		}
		int colon = authority.lastIndexOf(':');
		boolean hasPort = colon > 0 && authority.indexOf(']', colon) < 0;
		String host = hasPort ? authority.substring(0, colon) : authority;
		String port = hasPort ? authority.substring(colon + 1) : defaultPort(scheme);
		if (host.isEmpty() || port.isEmpty() || !digits(port)) {
			return Optional.empty();
		}
		return Optional.of(scheme + "://" + host + ":" + Integer.parseInt(port));
	}

	private static String defaultPort(String scheme) {
		return switch (scheme) {
			case "http" -> "80";
			case "https" -> "443";
			default -> "";
		};
	}

	private static boolean containsAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean digits(String text) {
		if (text.length() > 5) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
