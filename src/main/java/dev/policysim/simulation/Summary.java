package dev.policysim.simulation;

import dev.policysim.browser.Outcome;

/**
 * The counts of a simulation (formats.md §3 {@code summary}).
 *
 * @param requests how many requests were sent, counting every repetition
 * @param delivered how many the script got
 * @param blocked how many the browser blocked
 * @param expectationsFailed how many ended otherwise than the scenario expects
 */
public record Summary(int requests, int delivered, int blocked, int expectationsFailed) {

	/** No request yet. */
	public static final Summary EMPTY = new Summary(0, 0, 0, 0);

	/**
	 * These counts with one more request.
	 * @param result the request
	 * @return the new counts
	 */
	public Summary plus(RequestResult result) {
		boolean delivered = result.outcome() == Outcome.DELIVERED;
		return new Summary(this.requests + 1, this.delivered + (delivered ? 1 : 0), this.blocked + (delivered ? 0 : 1),
				this.expectationsFailed + (result.expectationMet() ? 0 : 1));
	}

}
