package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

import dev.policysim.gateway.GatewayExchange;

/**
 * One trip through the gateway (the preflight or the actual request) as the run page shows it.
 *
 * @param kind {@code Preflight} or {@code Actual request}
 * @param request the request line, e.g. {@code GET https://contoso.azure-api.net/orders/42}
 * @param status the response status with its reason
 * @param answeredBy who produced the response
 * @param route the API, operation and product context; empty when no API matched
 * @param steps every step, in order
 */
public record TripView(String kind, String request, String status, String answeredBy, String route,
		List<StepView> steps) {

	public TripView {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(answeredBy, "answeredBy");
		Objects.requireNonNull(route, "route");
		steps = List.copyOf(steps);
	}

	static TripView of(String kind, GatewayExchange trip) {
		String route = trip.route()
			.map((found) -> "API " + found.api() + found.operation().map((operation) -> ", operation " + operation).orElse("")
					+ found.product().map((product) -> ", product " + product).orElse(", no product"))
			.orElse("");
		return new TripView(kind, trip.request().http().method() + " " + trip.request().http().url(),
				TripFacts.status(trip.response().status()), TripFacts.answeredBy(trip), route,
				trip.trace().stream().map(StepView::of).toList());
	}

}
