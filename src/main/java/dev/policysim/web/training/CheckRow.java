package dev.policysim.web.training;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.Outcome;
import dev.policysim.simulation.RequestResult;

/**
 * What the check found for one request over a run of repetitions that ended alike, e.g.
 * "load order, repeat 0-4: delivered with status 200".
 *
 * @param request the request's name
 * @param repeats the repetitions, {@code 5} or a range {@code 0-4}
 * @param outcome what the browser did
 * @param detail the status the script saw, or the CORS error that blocked it
 * @param console Chromium's console line; empty when it prints none
 * @param expected the expected outcome; empty when the scenario states none
 * @param met whether the expectation is met ({@code true} when there is none)
 */
record CheckRow(String request, String repeats, Outcome outcome, String detail, Optional<String> console,
		Optional<Outcome> expected, boolean met) {

	CheckRow {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(repeats, "repeats");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(expected, "expected");
	}

	static CheckRow of(RequestResult result) {
		String detail = result.verdict()
			.status()
			.map((status) -> "status " + status)
			.or(() -> result.verdict().failure().map((failure) -> failure.error().chromiumName()))
			.orElse("");
		return new CheckRow(result.request().name(), String.valueOf(result.repeat()), result.outcome(), detail,
				result.verdict().console(), result.request().expect(), result.expectationMet());
	}

	/** Whether the next repetition of the same request ended alike, so one row can cover both. */
	boolean sameAs(CheckRow next) {
		return this.request.equals(next.request) && this.outcome == next.outcome && this.detail.equals(next.detail)
				&& this.console.equals(next.console) && this.met == next.met;
	}

	/** This row extended to a later repetition. */
	CheckRow through(String repeat) {
		String first = this.repeats.contains("-") ? this.repeats.substring(0, this.repeats.indexOf('-')) : this.repeats;
		return new CheckRow(this.request, first + "-" + repeat, this.outcome, this.detail, this.console, this.expected,
				this.met);
	}

	/** The outcome as the README tables write it. */
	public String outcomeName() {
		return this.outcome.jsonName();
	}

	/** The expectation in words; empty when the scenario states none. */
	public String expectation() {
		return this.expected.map((outcome) -> "expected " + outcome.jsonName()).orElse("no expectation");
	}

}
