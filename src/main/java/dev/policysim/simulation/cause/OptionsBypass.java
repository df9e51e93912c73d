package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.gateway.Route;
import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Operation;

/**
 * {@code options-operation-bypass}: the browser's preflight was taken by an OPTIONS operation of
 * the API (gateway.md §3), so cors's preflight logic never ran for it.
 */
final class OptionsBypass {

	private OptionsBypass() {
	}

	static Optional<Cause> of(Trip trip, Analysis analysis) {
		Optional<Route> route = trip.exchange().route();
		if (!trip.preflight() || route.isEmpty() || route.get().preflight() || route.get().operation().isEmpty()) {
			return Optional.empty();
		}
		Optional<Operation> operation = analysis.pipelines().workspace().api(route.get().api())
			.flatMap((api) -> api.operation(route.get().operation().get()))
			.filter((found) -> found.method().equals("OPTIONS"));
		if (operation.isEmpty() || operation.get().specFile().isEmpty()) {
			return Optional.empty();
		}
		SourceLocation location = new SourceLocation(operation.get().specFile().get(), operation.get().specPosition());
		return Optional.of(Analysis.at(location, Scope.of(ScopeKind.API, route.get().api()), "options-operation-bypass",
				Severity.WARNING, "API " + route.get().api() + " defines the OPTIONS operation " + operation.get().name()
						+ " for this path, so the preflight ran that operation's pipeline and cors's preflight logic did not",
				"Remove the OPTIONS operation from the API's specification, so cors answers preflights.", List.of()));
	}

}
