package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.browser.Origin;
import dev.policysim.gateway.CorsDecision;
import dev.policysim.simulation.fix.Patch;

/**
 * The causes of an origin no cors allowed: {@code origin-not-allowed} at the cors that refused it,
 * {@code terminate-unmatched} when that cors ended the request with an empty 200 OK, and
 * {@code cors-duplicate} at a later cors that does list the origin but never got a say.
 */
final class OriginCauses {

	private final Analysis analysis;

	OriginCauses(Analysis analysis) {
		this.analysis = analysis;
	}

	List<Cause> of(Trip trip, RequestFacts facts) {
		// Locations rather than elements: hashing a whole cors element on every request costs more than it saves.
		List<Object> decisions = trip.exchange().cors().stream()
			.map((decision) -> (Object) List.of(decision.element().provenance().location(), decision.originAllowed(),
					decision.terminated(), decision.terminateUnmatched(), decision.terminateFromProfile()))
			.toList();
		Object key = List.of("origin", decisions, trip.preflight(), trip.policy().map((policy) -> policy.context()),
				facts.request().page(), facts.request().expect());
		return this.analysis.causes(key, () -> build(trip, facts));
	}

	private List<Cause> build(Trip trip, RequestFacts facts) {
		CorsDecision first = trip.exchange().cors().get(0);
		CorsElement refusing = new CorsElement(first.element());
		Origin origin = facts.request().page();
		List<Cause> causes = new ArrayList<>();
		causes.add(notAllowed(trip, refusing, origin, facts));
		Optional<CorsDecision> terminated = trip.exchange().cors().stream().filter(CorsDecision::terminated).findFirst();
		if (terminated.isPresent()) {
			causes.add(terminate(trip, terminated.get()));
			causes.addAll(duplicates(trip, new CorsElement(terminated.get().element()), origin));
		}
		return causes;
	}

	private Cause notAllowed(Trip trip, CorsElement cors, Origin origin, RequestFacts facts) {
		boolean intended = facts.request().expect().isPresent() && facts.blockedAsExpected();
		String which = trip.preflight() ? "the first cors element, the only one a preflight consults"
				: "the cors element";
		String message = origin.serialize() + " is not in the allowed origins of " + which + " ("
				+ Analysis.place(cors.location()) + ": " + String.join(", ", cors.origins())
				+ "), so no Access-Control-Allow-Origin is added" + (intended ? ", as intended" : "");
		String fix = intended ? "Nothing to fix: the scenario expects " + origin.serialize() + " to be refused."
				: "Add " + origin.serialize() + " to <allowed-origins> of the cors at " + Analysis.place(cors.location())
						+ ".";
		List<Patch> patches = this.analysis.patch("origin " + cors.location() + " " + origin,
				() -> this.analysis.fixes().addToList(cors.location().file(), cors.element(), "allowed-origins",
						"origin", List.of(origin.serialize()), List.of()));
		return Analysis.at(cors.effective(), "origin-not-allowed", Severity.ERROR, message, fix, patches);
	}

	private Cause terminate(Trip trip, CorsDecision decision) {
		CorsElement cors = new CorsElement(decision.element());
		String setting = decision.terminateFromProfile()
				? "terminate-unmatched-request left out: " + decision.terminateUnmatched() + " under profile "
						+ this.analysis.profile().name() + "'s terminateUnmatchedDefault"
				: "terminate-unmatched-request=\"" + String.valueOf(decision.terminateUnmatched()).toLowerCase(Locale.ROOT)
						+ "\"";
		String message = trip.preflight()
				? "that cors ended the preflight with an empty 200 OK without CORS headers (" + setting
						+ "), so no later cors was tried"
				: "the empty 200 OK came from that cors (" + setting
						+ "): it looks like success and hides the real answer; the backend was not called";
		String fix = "State terminate-unmatched-request=\"false\" on the cors at " + Analysis.place(cors.location())
				+ ", so a request from an origin it does not list gets the real answer (without CORS headers) "
				+ "instead of a fake empty 200 OK.";
		List<Patch> patches = this.analysis.patch("terminate " + cors.location(), () -> this.analysis.fixes()
			.setAttribute(cors.location().file(), cors.element().position(), "terminate-unmatched-request", "false"));
		return Analysis.at(cors.effective(), "terminate-unmatched", Severity.WARNING, message, fix, patches);
	}

	private List<Cause> duplicates(Trip trip, CorsElement first, Origin origin) {
		List<Cause> causes = new ArrayList<>();
		boolean after = false;
		for (CorsElement later : trip.cors()) {
			if (later.effective().equals(first.effective())) {
				after = true;
				continue;
			}
			if (after && later.allows(origin)) {
				causes.add(duplicate(first, later, origin));
			}
		}
		return causes;
	}

	private Cause duplicate(CorsElement first, CorsElement later, Origin origin) {
		String message = "the cors at " + Analysis.place(later.location()) + " does list " + origin.serialize()
				+ ", but it comes after the cors at " + Analysis.place(first.location())
				+ " in the effective inbound and never applies";
		boolean removable = covers(first, later);
		String fix = "Keep one cors: add " + String.join(", ", missingOrigins(first, later)) + " to the cors at "
				+ Analysis.place(first.location()) + (removable ? " and delete the one at " + Analysis.place(later.location())
						: "; then merge the methods and headers of the one at " + Analysis.place(later.location())
								+ " into it and delete that one")
				+ ".";
		List<Patch> patches = this.analysis.patch("duplicate " + first.location() + " " + later.location(), () -> {
			List<Patch> merged = new ArrayList<>(this.analysis.fixes().addToList(first.location().file(),
					first.element(), "allowed-origins", "origin", missingOrigins(first, later), List.of()));
			if (removable && !merged.isEmpty() && !first.location().file().equals(later.location().file())) {
				merged.addAll(this.analysis.fixes().delete(later.location().file(), later.element().position()));
			}
			return merged;
		});
		return Analysis.at(later.effective(), "cors-duplicate", Severity.WARNING, message, fix, patches);
	}

	private static List<String> missingOrigins(CorsElement first, CorsElement later) {
		return later.origins().stream().filter((origin) -> !first.origins().contains(origin)).toList();
	}

	/** Whether deleting the later cors loses nothing but its origins. */
	private static boolean covers(CorsElement first, CorsElement later) {
		boolean methods = later.methods().orElse(List.of("GET", "POST")).stream().allMatch(first::allowsMethod);
		boolean headers = later.headers().stream().allMatch(first::allowsHeader);
		boolean exposed = later.exposed().stream().allMatch(first::exposes);
		return methods && headers && exposed && later.credentials() == first.credentials() && !later.anyOrigin();
	}

}
