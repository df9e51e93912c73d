package dev.policysim.web.training;

import java.util.List;

/**
 * The result of checking an exercise: each request's outcome against its goal.
 *
 * @param rows one row per request and run of repetitions that ended alike, in scenario order
 * @param expectations how many sends carry an expectation
 * @param failed how many of them are not met
 */
record CheckReport(List<CheckRow> rows, int expectations, int failed) {

	CheckReport {
		rows = List.copyOf(rows);
	}

	/** Solved: the scenario states a goal and every send meets it. */
	public boolean solved() {
		return this.expectations > 0 && this.failed == 0;
	}

	public int met() {
		return this.expectations - this.failed;
	}

}
