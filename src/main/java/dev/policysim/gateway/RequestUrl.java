package dev.policysim.gateway;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An absolute request URL taken apart the way the gateway needs it: the gateway's base (scheme and
 * authority), the path, and the decoded query. Parsed by hand, once per request, without regular
 * expressions; anything unusual is kept rather than refused, so matching can answer 404.
 *
 * @param scheme the scheme in lower case
 * @param authority the host and port as written
 * @param path the path, starting with {@code /} (percent-encoding kept)
 * @param query the query parameters in order, decoded
 */
record RequestUrl(String scheme, String authority, String path, List<QueryParameter> query) {

	RequestUrl {
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(authority, "authority");
		Objects.requireNonNull(path, "path");
		query = List.copyOf(query);
	}

	/**
	 * Takes a URL apart.
	 * @param url an absolute URL such as {@code https://contoso.azure-api.net/orders/42?expand=lines}
	 * @return the parts; a URL without {@code ://} counts as a path on an unnamed gateway
	 */
	static RequestUrl parse(String url) {
		int fragment = url.indexOf('#');
		String text = (fragment >= 0) ? url.substring(0, fragment) : url;
		int schemeEnd = text.indexOf("://");
		String scheme = (schemeEnd > 0) ? text.substring(0, schemeEnd).toLowerCase(Locale.ROOT) : "";
		String rest = (schemeEnd > 0) ? text.substring(schemeEnd + 3) : text;
		int pathStart = indexOfAny(rest, schemeEnd > 0 ? "/?" : "?");
		String authority = (schemeEnd > 0) ? rest.substring(0, (pathStart < 0) ? rest.length() : pathStart) : "";
		String pathAndQuery = (schemeEnd > 0) ? ((pathStart < 0) ? "" : rest.substring(pathStart)) : rest;
		int queryStart = pathAndQuery.indexOf('?');
		String path = (queryStart < 0) ? pathAndQuery : pathAndQuery.substring(0, queryStart);
		String query = (queryStart < 0) ? "" : pathAndQuery.substring(queryStart + 1);
		return new RequestUrl(scheme, authority, path.startsWith("/") ? path : "/" + path, parseQuery(query));
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The parameters of a query string.
	 * @param query the text after {@code ?}
	 * @return the parameters in order; empty for an empty query
	 */
	static List<QueryParameter> parseQuery(String query) {
		List<QueryParameter> parameters = new ArrayList<>();
		int start = 0;
		while (start < query.length()) {
			int end = query.indexOf('&', start);
			end = (end < 0) ? query.length() : end;
			String pair = query.substring(start, end);
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				String name = (equals < 0) ? pair : pair.substring(0, equals);
				String value = (equals < 0) ? "" : pair.substring(equals + 1);
				parameters.add(new QueryParameter(decode(name), decode(value)));
			}
			start = end + 1;
		}
		return parameters;
	}

	private static String decode(String text) {
		if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
			return text;
		}
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a broken escape is kept as written, as a lenient server does
			return text;
		}
	}

	/** The gateway's base, {@code https://contoso.azure-api.net}, as the 401 challenge's realm names it. */
	String base() {
		return this.scheme.isEmpty() ? "" : this.scheme + "://" + this.authority;
	}

	/** The host without the port. */
	String host() {
		int colon = this.authority.lastIndexOf(':');
		boolean port = colon > 0 && this.authority.indexOf(']', colon) < 0;
		return port ? this.authority.substring(0, colon) : this.authority;
	}

	/**
	 * The first value of a query parameter.
	 * @param name the name, compared exactly
	 * @return the value; empty when the query has no such parameter
	 */
	Optional<String> queryValue(String name) {
		for (QueryParameter parameter : this.query) {
			if (parameter.name().equals(name)) {
				return Optional.of(parameter.value());
			}
		}
		return Optional.empty();
	}

	/**
	 * A query string for parameters.
	 * @param parameters the parameters
	 * @return {@code ?a=1&b=2}; empty when there are none
	 */
	static String queryString(List<QueryParameter> parameters) {
		if (parameters.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (QueryParameter parameter : parameters) {
			text.append((text.length() == 0) ? '?' : '&').append(encode(parameter.name()));
			if (!parameter.value().isEmpty()) {
				text.append('=').append(encode(parameter.value()));
			}
		}
		return text.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
