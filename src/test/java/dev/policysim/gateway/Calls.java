package dev.policysim.gateway;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Shorthand for reading exchanges in tests. */
final class Calls {

	private Calls() {
	}

	static Optional<String> header(GatewayExchange exchange, String name) {
		return exchange.response().headers().get(name);
	}

	static GatewayExchange send(Gateway gateway, GatewayRequest request) {
		return gateway.handle(request, MockBackend.DEFAULT, Requests.at(0));
	}

	static GatewayExchange send(Gateway gateway, GatewayRequest request, long at) {
		return gateway.handle(request, MockBackend.DEFAULT, Requests.at(at));
	}

	/** The trace step of a policy or gateway step, the last one of that name. */
	static TraceStep step(GatewayExchange exchange, String policy) {
		@Nullable TraceStep found = null;
		for (TraceStep step : exchange.trace()) {
			if (step.policy().equals(policy)) {
				found = step;
			}
		}
		if (found == null) {
			throw new AssertionError("no " + policy + " step in " + exchange.trace());
		}
		return found;
	}

}
