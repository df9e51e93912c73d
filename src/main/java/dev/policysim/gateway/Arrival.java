package dev.policysim.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * A request as it arrives, with what the gateway needs alongside it for the whole exchange.
 *
 * @param request the request
 * @param url its URL taken apart
 * @param backend what the backend answers if called
 * @param now the scenario clock
 */
record Arrival(GatewayRequest request, RequestUrl url, MockBackend backend, Instant now) {

	Arrival {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(backend, "backend");
		Objects.requireNonNull(now, "now");
	}

	String method() {
		return this.request.http().method();
	}

}
