package dev.policysim.gateway;

import java.time.Instant;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;

/** Requests as a browser sends them to the gateway, for tests. */
final class Requests {

	static final String GATEWAY = "https://contoso.azure-api.net";

	static final String PORTAL = "https://portal.contoso.com";

	private Requests() {
	}

	/**
	 * A request.
	 * @param method the method
	 * @param url a path on {@link #GATEWAY}, or an absolute URL
	 * @param headers names and values
	 */
	static GatewayRequest request(String method, String url, String... headers) {
		String absolute = url.startsWith("/") ? GATEWAY + url : url;
		return new GatewayRequest(new HttpRequest(method, absolute, HttpHeaders.of(headers), ""),
				GatewayRequest.DEFAULT_CLIENT_IP);
	}

	/** The preflight a browser sends before a request with a method and headers it must ask for. */
	static GatewayRequest preflight(String url, String origin, String method, String requestHeaders) {
		if (requestHeaders.isEmpty()) {
			return request("OPTIONS", url, "Origin", origin, "Access-Control-Request-Method", method);
		}
		return request("OPTIONS", url, "Origin", origin, "Access-Control-Request-Method", method,
				"Access-Control-Request-Headers", requestHeaders);
	}

	/** A point on the scenario clock. */
	static Instant at(long seconds) {
		return Instant.EPOCH.plusSeconds(seconds);
	}

}
