package dev.policysim.web.training;

import java.util.Objects;

import dev.policysim.browser.Outcome;
import dev.policysim.simulation.scenario.ScenarioRequest;

/**
 * One expectation of an exercise's scenario in words, e.g. "'load order', sent 6 times 1 s apart
 * from https://portal.contoso.com: every call delivered to the script".
 *
 * @param request the request's name in the scenario
 * @param text what it does and what is expected of it
 */
record GoalLine(String request, String text) {

	GoalLine {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(text, "text");
	}

	/**
	 * The goal of one scenario request.
	 * @param request the request; its {@code expect} must be present
	 * @return the goal in words
	 */
	static GoalLine of(ScenarioRequest request) {
		Outcome expected = request.expect().orElseThrow();
		boolean many = request.repeat() > 1;
		String sends = many ? "sent " + request.repeat() + " times " + seconds(request) + " apart" : "sent once";
		String wanted = (expected == Outcome.DELIVERED)
				? (many ? "every call delivered to the script, whatever its status" : "delivered to the script, whatever its status")
				: (many ? "every call blocked by the browser" : "blocked by the browser");
		return new GoalLine(request.name(), request.method() + " " + request.url() + ", " + sends + " from "
				+ request.page().serialize() + ": " + wanted);
	}

	private static String seconds(ScenarioRequest request) {
		long millis = request.interval().toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : (millis / 1000.0) + " s";
	}

}
