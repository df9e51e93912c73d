package dev.policysim.gateway;

import dev.policysim.workspace.Operation;

/** How the trace states what matching found (gateway.md §3). */
final class RouteWords {

	private RouteWords() {
	}

	static String matched(RouteMatch route, Arrival arrival) {
		Operation operation = route.operation().orElseThrow();
		String target = "API " + route.api().name() + " (path " + route.api().path() + ") and operation "
				+ operation.name() + " (" + operation.method() + " " + operation.urlTemplate() + ")";
		if (route.preflight()) {
			return "preflight (OPTIONS with Origin and Access-Control-Request-Method) " + arrival.url().path()
					+ " matched by its requested method to " + target;
		}
		if (route.optionsOperation()) {
			return "OPTIONS " + arrival.url().path() + " matched " + target + ": the API defines an OPTIONS operation, so "
					+ "the request runs its whole pipeline and the cors preflight logic does not run";
		}
		return arrival.method() + " " + arrival.url().path() + " matched " + target;
	}

	static String unmatched(RouteMatch route, Arrival arrival) {
		String method = route.preflight()
				? arrival.request().http().headers().get("Access-Control-Request-Method").orElse("").strip()
						+ " (the preflight's requested method)"
				: arrival.method();
		return arrival.url().path() + " is in API " + route.api().name() + " (path " + route.api().path()
				+ "), but no operation matches " + method + " " + route.relativePath();
	}

}
