package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Optional;

import dev.policysim.browser.CorsFailure;
import dev.policysim.browser.Outcome;

/**
 * The one sentence a report opens a request with: what the browser shows, set against what the
 * gateway really did ("The browser says CORS (MissingAllowOriginHeader), but the gateway answered
 * 429 from rate-limit at apis/orders/policy.xml:4:5 before cors (apis/orders/policy.xml:5:5) could
 * run.").
 */
final class Headlines {

	private Headlines() {
	}

	static String of(RequestFacts facts, Optional<Trip> trip, List<Cause> causes) {
		if (facts.verdict().outcome() == Outcome.DELIVERED) {
			return delivered(facts, causes);
		}
		String says = facts.verdict().failure().map(CorsFailure::error)
			.map((error) -> "The browser says CORS (" + error.chromiumName() + ")")
			.orElse("The browser blocks the request" + facts.verdict().networkError().map((net) -> " (" + net + ")")
				.orElse(""));
		if (causes.isEmpty() || trip.isEmpty()) {
			return says + ". " + facts.verdict().explanation().why();
		}
		Cause first = causes.get(0);
		if (first.rule().equals("error-before-cors")) {
			return says + ", but " + clause(first.message()) + ".";
		}
		String more = (causes.size() > 1 && causes.get(1).rule().equals("terminate-unmatched"))
				? "; " + clause(causes.get(1).message()) : "";
		return says + ": the gateway answered " + trip.get().status() + ", and " + clause(first.message()) + more + ".";
	}

	private static String delivered(RequestFacts facts, List<Cause> causes) {
		String status = facts.verdict().status().map(String::valueOf).orElse("the response");
		String gets = facts.verdict().crossOrigin() ? "The browser hands the gateway's " + status + " to the script"
				: "Same origin, no CORS involved: the script gets " + status;
		if (facts.goalMet()) {
			return gets + ".";
		}
		return gets + ", though the scenario expects the browser to block it"
				+ causes.stream().findFirst().map((cause) -> ": " + clause(cause.message())).orElse("") + ".";
	}

	/** The part of a cause's message before its first "; ", which repeats what the headline says. */
	private static String clause(String message) {
		int end = message.indexOf("; ");
		return (end < 0) ? message : message.substring(0, end);
	}

}
