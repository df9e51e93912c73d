package dev.policysim.web.share;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sent request of a saved report as the permalink page shows it.
 *
 * @param name the request's name
 * @param repeat which repetition (0 for the first)
 * @param at seconds on the scenario clock
 * @param outcome {@code delivered} or {@code blocked}
 * @param corsError Chromium's name of the CORS error; empty when delivered
 * @param console the line Chrome's console prints; empty when it prints none
 * @param status the status the script sees; empty when blocked
 * @param headline one sentence of what happened
 * @param preflight what happened to the preflight: "sent", "from cache", or empty when none
 * @param expectation "met" or "failed" with the expected outcome; empty without expectation
 * @param expectationMet whether the expectation was met; true without expectation
 * @param causes why, most direct first
 */
public record RequestView(String name, int repeat, double at, String outcome, Optional<String> corsError,
		Optional<String> console, Optional<Integer> status, String headline, Optional<String> preflight,
		Optional<String> expectation, boolean expectationMet, List<CauseView> causes) {

	public RequestView {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(corsError, "corsError");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(headline, "headline");
		Objects.requireNonNull(preflight, "preflight");
		Objects.requireNonNull(expectation, "expectation");
		causes = List.copyOf(causes);
	}

	/** Whether the browser blocked it. */
	public boolean blocked() {
		return "blocked".equals(this.outcome);
	}

}
