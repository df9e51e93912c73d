package dev.policysim.simulation;

import java.util.List;
import java.util.Objects;

import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.workspace.LoadProblem;

/**
 * The report of one simulation (formats.md §3): the scenario, the profile it ran under (in the
 * scenario), every request in the order it was sent, the counts, and the workspace files that could
 * not be used (the simulation runs without them, so the user must know).
 *
 * @param scenario the scenario, with its gateway profile
 * @param results every send, in time order
 * @param summary the counts
 * @param problems the workspace's unusable files
 */
public record SimulationReport(Scenario scenario, List<RequestResult> results, Summary summary,
		List<LoadProblem> problems) {

	public SimulationReport {
		Objects.requireNonNull(scenario, "scenario");
		results = List.copyOf(results);
		Objects.requireNonNull(summary, "summary");
		problems = List.copyOf(problems);
	}

	/** Whether every expectation was met, which decides the command's exit code. */
	public boolean expectationsMet() {
		return this.summary.expectationsFailed() == 0;
	}

}
