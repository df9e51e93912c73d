package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code forward-request} sends the request: the backend's base URL (the API's service URL
 * until {@code set-backend-service} changes it), the path after it (the request path after the
 * API's path until {@code rewrite-uri} changes it) and the query.
 */
final class BackendTarget {

	private Optional<String> base;

	private String path;

	private List<QueryParameter> query;

	BackendTarget(Optional<String> base, String path, List<QueryParameter> query) {
		this.base = base;
		this.path = path;
		this.query = new ArrayList<>(query);
	}

	void base(String url) {
		this.base = Optional.of(url);
	}

	Optional<String> base() {
		return this.base;
	}

	String path() {
		return this.path;
	}

	List<QueryParameter> query() {
		return this.query;
	}

	void rewrite(String newPath, List<QueryParameter> newQuery) {
		this.path = newPath;
		this.query = new ArrayList<>(newQuery);
	}

	/** The URL as the backend would receive it, for the trace. */
	String url() {
		String start = this.base.map((url) -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
			.orElse("(no service URL)");
		String rest = (this.path.isEmpty() || this.path.startsWith("/")) ? this.path : "/" + this.path;
		return start + rest + RequestUrl.queryString(this.query);
	}

}
