package dev.policysim.gateway;

/**
 * The request on its way to the backend, as inbound policies change it: method, headers, body and
 * the backend URL.
 */
final class OutgoingRequest {

	private String method;

	private final MutableHeaders headers;

	private String body;

	private final BackendTarget target;

	OutgoingRequest(Arrival arrival, RouteMatch route) {
		this.method = arrival.method();
		this.headers = new MutableHeaders(arrival.request().http().headers());
		this.body = arrival.request().http().body();
		this.target = new BackendTarget(route.api().serviceUrl(), route.relativePath(), arrival.url().query());
	}

	String method() {
		return this.method;
	}

	void method(String value) {
		this.method = value;
	}

	MutableHeaders headers() {
		return this.headers;
	}

	String body() {
		return this.body;
	}

	void body(String value) {
		this.body = value;
	}

	BackendTarget target() {
		return this.target;
	}

}
