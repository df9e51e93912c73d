package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

/**
 * One send of a request, or several consecutive repetitions that ended the same way, as the run page
 * shows them: the diagram, the console line, what the script sees, the traces and the causes of the
 * first of them.
 *
 * @param request the request's index in the scenario
 * @param firstRepeat the first repetition, from 0
 * @param lastRepeat the last repetition of the group
 * @param at when the first was sent, e.g. {@code 5 s}
 * @param outcome {@code delivered} or {@code blocked}
 * @param corsError Chromium's CORS error name; empty when none
 * @param expected the outcome the scenario expects; empty when it states none
 * @param expectationMet whether the outcome is the expected one ({@code true} without expectation)
 * @param headline what the browser shows against what the gateway did, in one sentence
 * @param svg the sequence diagram, as escaped SVG markup
 * @param console Chromium's console line, word for word; empty when it prints none
 * @param scriptSees what the script gets: a status, or the exception
 * @param trips the trips through the gateway (preflight, actual request)
 * @param causes the causes, most direct first
 */
public record SendView(int request, int firstRepeat, int lastRepeat, String at, String outcome, String corsError,
		String expected, boolean expectationMet, String headline, String svg, String console, String scriptSees,
		List<TripView> trips, List<CauseView> causes) {

	public SendView {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(corsError, "corsError");
		Objects.requireNonNull(expected, "expected");
		Objects.requireNonNull(headline, "headline");
		Objects.requireNonNull(svg, "svg");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(scriptSees, "scriptSees");
		trips = List.copyOf(trips);
		causes = List.copyOf(causes);
	}

	/** Which repetitions this is, in words: {@code repeat 5} or {@code repeats 1–4}. */
	public String repeats() {
		return (this.firstRepeat == this.lastRepeat) ? "repeat " + this.firstRepeat
				: "repeats " + this.firstRepeat + "–" + this.lastRepeat;
	}

	/** Whether this is a failure worth the reader's eye: blocked, or not what the scenario expects. */
	public boolean failing() {
		return !this.expectationMet || this.outcome.equals("blocked");
	}

	SendView through(int repeat) {
		return new SendView(this.request, this.firstRepeat, repeat, this.at, this.outcome, this.corsError, this.expected,
				this.expectationMet, this.headline, this.svg, this.console, this.scriptSees, this.trips, this.causes);
	}

}
