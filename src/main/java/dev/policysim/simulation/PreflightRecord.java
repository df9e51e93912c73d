package dev.policysim.simulation;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.gateway.GatewayExchange;

/**
 * The preflight of one simulated request (formats.md §3 {@code preflight}).
 *
 * @param fromCache whether the browser used a cached preflight result instead of sending one
 * @param exchange the preflight's trip through the gateway; empty when served from the cache
 */
public record PreflightRecord(boolean fromCache, Optional<GatewayExchange> exchange) {

	public PreflightRecord {
		Objects.requireNonNull(exchange, "exchange");
	}

}
