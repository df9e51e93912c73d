package dev.policysim.gateway;

import java.util.Objects;

import dev.policysim.http.HttpRequest;

/**
 * A request as it reaches the gateway.
 *
 * @param http the request on the wire (absolute URL)
 * @param clientIp the caller's IP address, for {@code ip-filter} and {@code context.Request.IpAddress}
 */
public record GatewayRequest(HttpRequest http, String clientIp) {

	/** The client address scenarios use when they name none (formats.md §2). */
	public static final String DEFAULT_CLIENT_IP = "198.51.100.1";

	public GatewayRequest {
		Objects.requireNonNull(http, "http");
		Objects.requireNonNull(clientIp, "clientIp");
	}

}
