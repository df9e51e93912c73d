package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a request or response while the pipeline changes them; frozen into
 * {@link HttpHeaders} once, at the end, rather than copied on every change.
 */
final class MutableHeaders {

	private final List<HttpHeader> lines;

	MutableHeaders(HttpHeaders headers) {
		this.lines = new ArrayList<>(headers.entries());
	}

	/**
	 * A header's value, repeated lines joined by commas as {@code GetValueOrDefault} returns it.
	 * @param name the name, any case
	 * @return the value; empty when the header is absent
	 */
	Optional<String> get(String name) {
		@Nullable String joined = null;
		for (HttpHeader line : this.lines) {
			if (line.hasName(name)) {
				joined = (joined == null) ? line.value() : joined + "," + line.value();
			}
		}
		return Optional.ofNullable(joined);
	}

	boolean contains(String name) {
		for (HttpHeader line : this.lines) {
			if (line.hasName(name)) {
				return true;
			}
		}
		return false;
	}

	/** Replaces every line of the name by one line, keeping the position of the first. */
	void set(String name, String value) {
		for (int i = 0; i < this.lines.size(); i++) {
			if (this.lines.get(i).hasName(name)) {
				this.lines.set(i, new HttpHeader(name, value));
				removeAfter(name, i + 1);
				return;
			}
		}
		this.lines.add(new HttpHeader(name, value));
	}

	void add(String name, String value) {
		this.lines.add(new HttpHeader(name, value));
	}

	void remove(String name) {
		removeAfter(name, 0);
	}

	private void removeAfter(String name, int from) {
		for (int i = this.lines.size() - 1; i >= from; i--) {
			if (this.lines.get(i).hasName(name)) {
				this.lines.remove(i);
			}
		}
	}

	HttpHeaders freeze() {
		return new HttpHeaders(this.lines);
	}

}
