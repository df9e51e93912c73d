package dev.policysim.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The header lines of a request or response in the order they were written. Names are matched
 * case-insensitively, a name may occur on several lines, and nothing is merged or reordered, so a
 * browser model can see two {@code Access-Control-Allow-Origin} lines as two lines.
 *
 * @param entries the lines, in order
 */
public record HttpHeaders(List<HttpHeader> entries) {

	/** No headers at all. */
	public static final HttpHeaders EMPTY = new HttpHeaders(List.of());

	public HttpHeaders {
		entries = List.copyOf(entries);
	}

	/**
	 * One line per map entry, in the map's iteration order.
	 * @param headers names and values
	 * @return the headers
	 */
	public static HttpHeaders of(Map<String, String> headers) {
		List<HttpHeader> lines = new ArrayList<>();
		headers.forEach((name, value) -> lines.add(new HttpHeader(name, value)));
		return new HttpHeaders(lines);
	}

	/**
	 * Headers from alternating names and values, for tests and samples.
	 * @param namesAndValues name, value, name, value, ...
	 * @return the headers
	 */
	public static HttpHeaders of(String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values must come in pairs");
		}
		List<HttpHeader> lines = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			lines.add(new HttpHeader(namesAndValues[i], namesAndValues[i + 1]));
		}
		return new HttpHeaders(lines);
	}

	/**
	 * All values of a name, in order.
	 * @param name the header name, any case
	 * @return the values; empty when the header is absent
	 */
	public List<String> all(String name) {
		// a loop, not a stream: browser and gateway ask for headers several times per request
		List<String> values = new ArrayList<>(2);
		for (HttpHeader line : this.entries) {
			if (line.hasName(name)) {
				values.add(line.value());
			}
		}
		return Collections.unmodifiableList(values);
	}

	/**
	 * The value of a name with repeated lines joined by {@code ", "}, as the Fetch standard's "get"
	 * and Chromium's {@code GetNormalizedHeader} do.
	 * @param name the header name, any case
	 * @return the combined value; empty when the header is absent
	 */
	public Optional<String> get(String name) {
		@Nullable String joined = null;
		for (HttpHeader line : this.entries) {
			if (line.hasName(name)) {
				joined = (joined == null) ? line.value() : joined + ", " + line.value();
			}
		}
		return Optional.ofNullable(joined);
	}

	/**
	 * Whether any line has this name.
	 * @param name the header name, any case
	 * @return {@code true} when present
	 */
	public boolean contains(String name) {
		for (HttpHeader line : this.entries) {
			if (line.hasName(name)) {
				return true;
			}
		}
		return false;
	}

	/** The distinct names in order of first appearance, spelled as first written. */
	public List<String> names() {
		Set<String> seen = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		for (HttpHeader line : this.entries) {
			if (seen.add(line.lowerCaseName())) {
				names.add(line.name());
			}
		}
		return List.copyOf(names);
	}

	/**
	 * These headers with one more line at the end.
	 * @param name the name
	 * @param value the value
	 * @return new headers
	 */
	public HttpHeaders with(String name, String value) {
		// one copy into an array of the final size: browser and gateway add headers on every request
		HttpHeader[] lines = this.entries.toArray(new HttpHeader[this.entries.size() + 1]);
		lines[lines.length - 1] = new HttpHeader(name, value);
		return new HttpHeaders(List.of(lines));
	}

	/**
	 * These headers with every line of a name replaced by one line.
	 * @param name the name
	 * @param value the new value
	 * @return new headers
	 */
	public HttpHeaders withReplaced(String name, String value) {
		return without(name).with(name, value);
	}

	/**
	 * These headers without any line of the given name.
	 * @param name the name, any case
	 * @return new headers
	 */
	public HttpHeaders without(String name) {
		Objects.requireNonNull(name, "name");
		List<HttpHeader> kept = new ArrayList<>(this.entries.size());
		for (HttpHeader line : this.entries) {
			if (!line.hasName(name)) {
				kept.add(line);
			}
		}
		return (kept.size() == this.entries.size()) ? this : new HttpHeaders(kept);
	}

	/** Whether there are no lines. */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

}
