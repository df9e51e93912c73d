package dev.policysim.web.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;

/**
 * Header lines as DevTools shows them raw: {@code name: value} lines, optionally after a status
 * line ({@code HTTP/1.1 200 OK}) or a request line ({@code GET /orders HTTP/1.1}). HTTP/2
 * pseudo-headers ({@code :authority}, {@code :path}, …) are left out, except {@code :status},
 * which gives the status.
 *
 * @param status the status of a status line or {@code :status}; empty when the text has none
 * @param headers the header lines, in order
 */
record HeaderText(Optional<Integer> status, HttpHeaders headers) {

	/** More lines than any real response has; a paste this long is not headers. */
	static final int MAX_LINES = 500;

	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})(?:\\s.*)?");

	private static final Pattern REQUEST_LINE = Pattern.compile("[A-Za-z]+\\s+\\S+\\s+HTTP/\\d(?:\\.\\d)?");

	// RFC 9110 §5.1: a field name is a token
	private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	HeaderText {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(headers, "headers");
	}

	/**
	 * Reads pasted header text.
	 * @param text the text; blank lines are skipped
	 * @return the status and headers
	 * @throws HeaderTextException naming the first line that is not a header
	 */
	static HeaderText parse(String text) {
		List<String> lines = text.lines().toList();
		if (lines.size() > MAX_LINES) {
			throw new HeaderTextException("at most " + MAX_LINES + " lines, this has " + lines.size());
		}
		Optional<Integer> status = Optional.empty();
		List<HttpHeader> headers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			Matcher statusLine = STATUS_LINE.matcher(line);
			if (line.isEmpty() || (headers.isEmpty() && status.isEmpty() && REQUEST_LINE.matcher(line).matches())) {
				continue;
			}
			if (headers.isEmpty() && status.isEmpty() && statusLine.matches()) {
				status = Optional.of(Integer.valueOf(statusLine.group(1)));
				continue;
			}
			HttpHeader header = header(line, i + 1);
			if (header.name().equals(":status")) {
				status = Optional.of(status(header.value(), i + 1));
			}
			else if (!header.name().startsWith(":")) {
				headers.add(header);
			}
		}
		return new HeaderText(status, new HttpHeaders(headers));
	}

	private static HttpHeader header(String line, int number) {
		// a pseudo-header starts with its own colon: ":authority: contoso.azure-api.net"
		int colon = line.indexOf(':', line.startsWith(":") ? 1 : 0);
		String name = (colon < 0) ? line : line.substring(0, colon).strip();
		String bare = name.startsWith(":") ? name.substring(1) : name;
		if (colon <= 0 || !NAME.matcher(bare).matches()) {
			throw new HeaderTextException("line " + number + " is not a header: '" + shorten(line)
					+ "'; paste lines like 'Access-Control-Allow-Origin: https://portal.contoso.com'");
		}
		return new HttpHeader(name, line.substring(colon + 1).strip());
	}

	private static int status(String value, int number) {
		if (!value.matches("\\d{3}")) {
			throw new HeaderTextException("line " + number + ": ':status' must be three digits, was '" + shorten(value) + "'");
		}
		return Integer.parseInt(value);
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
