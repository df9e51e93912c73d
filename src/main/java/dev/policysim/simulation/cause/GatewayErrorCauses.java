package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.gateway.GatewayFailure;
import dev.policysim.gateway.KeySource;
import dev.policysim.gateway.Route;
import dev.policysim.gateway.StepOutcome;
import dev.policysim.gateway.TraceStep;
import dev.policysim.http.HttpRequest;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.KeyNames;

/**
 * The causes of an answer the gateway gave before any cors ran (gateway.md §5, last paragraph):
 * {@code error-before-cors} at the step that answered — the subscription check, the 404 of an
 * unmatched request, or the policy that failed or ended the request — then why no cors had run:
 * the subscription key, {@code cors-not-first} at the same element when a cors follows it, or the
 * causes of a pipeline without cors.
 */
final class GatewayErrorCauses {

	private final Analysis analysis;

	private final MissingCorsCauses missing;

	private final CorsNotFirst notFirst;

	GatewayErrorCauses(Analysis analysis, MissingCorsCauses missing) {
		this.analysis = analysis;
		this.missing = missing;
		this.notFirst = new CorsNotFirst(analysis);
	}

	List<Cause> subscription(Trip trip, RequestFacts facts) {
		// What the causes name: the route and context, the page, and the request a new cors block must allow.
		Object key = List.of("subscription", trip.exchange().route(), trip.preflight(), trip.status(),
				trip.policy().map((policy) -> policy.context()), facts.request().page(), facts.request().method(),
				facts.request().headers(), facts.request().credentials());
		return this.analysis.causes(key, () -> buildSubscription(trip, facts));
	}

	private List<Cause> buildSubscription(Trip trip, RequestFacts facts) {
		List<Cause> causes = new ArrayList<>();
		causes.add(Analysis.gateway("error-before-cors", Severity.ERROR, "the " + trip.noun() + " got a " + trip.status()
				+ " from the gateway's subscription check before any cors ran; the browser hides it behind a CORS error",
				trip.preflight() ? "Put a cors where every preflight meets it (the API or the global scope, first in "
						+ "<inbound>): a preflight that a cors answers is not subject to the subscription check."
						: "Send a valid subscription key: the subscription check answers before any policy runs "
								+ "(profile setting subscriptionCheckBeforePolicies), so its 401 carries no CORS headers."));
		causes.add(key(trip));
		if (trip.preflight()) {
			causes.addAll(this.missing.of(trip, facts));
		}
		return causes;
	}

	/** {@code subscription-key-missing} or {@code -invalid}, naming where the API reads its key. */
	private Cause key(Trip trip) {
		Optional<Route> route = trip.exchange().route();
		KeyNames names = route.flatMap((found) -> this.analysis.pipelines().workspace().api(found.api()))
			.map(Api::keyNames)
			.orElse(KeyNames.DEFAULTS);
		String api = route.map(Route::api).orElse("the API");
		boolean missingKey = route.map((found) -> found.keySource() == KeySource.NONE)
			.orElse(trip.exchange().failure().map((failure) -> failure.message().contains("missing")).orElse(true));
		if (missingKey) {
			return Analysis.gateway("subscription-key-missing", Severity.ERROR, trip.preflight()
					? "a preflight never carries the " + names.header() + " header, and API " + api + " requires a key"
					: "the request carries no subscription key (neither the " + names.header() + " header nor the "
							+ names.query() + " query parameter), and API " + api + " requires one",
					trip.preflight() ? "Let a cors answer the preflight (see the causes below); the key header "
							+ "cannot travel on a preflight." : "Send the key in the " + names.header() + " header.");
		}
		String where = route.get().keySource() == KeySource.HEADER ? names.header() + " header"
				: names.query() + " query parameter";
		return Analysis.gateway("subscription-key-invalid", Severity.ERROR,
				"the key in the " + where + " matches no active subscription for API " + api,
				"Use the key of an active subscription to API " + api
						+ "; APIOps exports no keys, so name them under \"subscriptions\" in the scenario.");
	}

	List<Cause> notFound(Trip trip) {
		HttpRequest request = trip.exchange().request().http();
		String method = trip.preflight()
				? request.headers().get("Access-Control-Request-Method").orElse(request.method()) : request.method();
		return List.of(Analysis.gateway("error-before-cors", Severity.ERROR, "the gateway answered the " + trip.noun()
				+ " " + trip.status() + " before any cors ran: no API or operation matches " + method + " "
				+ request.url() + "; the browser hides it behind a CORS error",
				"Check the URL and method against the APIs' paths and operations (a 404 carries no CORS headers)."));
	}

	List<Cause> failed(Trip trip, GatewayFailure failure, RequestFacts facts) {
		if (failure.element().isEmpty()) {
			return List.of(Analysis.gateway("error-before-cors", Severity.ERROR, "the gateway answered the "
					+ trip.noun() + " " + failure.status() + " (" + failure.source() + ": " + failure.message()
					+ ") before any cors ran; the browser hides it behind a CORS error",
					"Fix the error; it carries no CORS headers because no cors had run."));
		}
		return ended(trip, failure.element().get(), failure.status(), facts);
	}

	/** A policy that ended the pipeline on purpose (return-response, mock-response) before cors. */
	List<Cause> terminated(Trip trip, RequestFacts facts) {
		Optional<EffectiveElement> element = terminatingElement(trip);
		if (element.isEmpty()) {
			return List.of();
		}
		return ended(trip, element.get(), trip.status(), facts);
	}

	private List<Cause> ended(Trip trip, EffectiveElement element, int status, RequestFacts facts) {
		Optional<CorsElement> next = trip.inboundIndex(element)
			.flatMap((index) -> trip.cors().stream().filter((cors) -> trip.inbound().indexOf(cors.effective()) > index)
				.findFirst());
		List<Cause> causes = new ArrayList<>();
		String cors = next.map((found) -> "cors (" + Analysis.place(found.location()) + ") could run")
			.orElse("any cors ran (the pipeline holds none)");
		causes.add(Analysis.at(element, "error-before-cors", Severity.ERROR, "the gateway answered " + status
				+ " from " + element.name() + " at " + Analysis.place(element) + " before " + cors
				+ "; the response has no CORS headers, so the browser hides the " + status + " behind a CORS error",
				"Make cors run before " + element.name() + " (see the next cause); then the " + status
						+ " reaches the script, which can act on it.",
				List.of()));
		if (next.isPresent()) {
			causes.add(this.notFirst.of(trip, element, next.get()));
		}
		else if (trip.cors().isEmpty()) {
			causes.addAll(this.missing.of(trip, facts));
		}
		return causes;
	}

	private static Optional<EffectiveElement> terminatingElement(Trip trip) {
		Optional<TraceStep> step = trip.exchange()
			.trace()
			.stream()
			.filter((candidate) -> candidate.outcome() == StepOutcome.TERMINATED && candidate.location().isPresent())
			.reduce((first, second) -> second);
		if (step.isEmpty() || trip.policy().isEmpty()) {
			return Optional.empty();
		}
		return trip.policy()
			.get()
			.sections()
			.values()
			.stream()
			.flatMap((section) -> section.elements().stream())
			.flatMap((element) -> element.element().descendantsAndSelf().stream()
				.filter((nested) -> step.get().location().get().file().equals(element.provenance().location().file())
						&& nested.position().equals(step.get().location().get().position()))
				.map((nested) -> nested == element.element() ? element
						: new EffectiveElement(nested, element.provenance())))
			.findFirst();
	}

}
