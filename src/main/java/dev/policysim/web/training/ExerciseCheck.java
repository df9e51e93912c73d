package dev.policysim.web.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.policysim.simulation.RequestResult;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.web.simulation.ScenarioRun;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Component;

/**
 * Reads an exercise's goal from the workspace's {@code scenario.json} and checks it by running that
 * scenario through the simulator, as {@code simulate} does on the command line.
 */
@Component
class ExerciseCheck {

	static final String SCENARIO = "scenario.json";

	private final WorkspaceReader reader;

	private final Simulator simulator;

	private final ScenarioRun run;

	ExerciseCheck(WorkspaceReader reader, Simulator simulator, ScenarioRun run) {
		this.reader = reader;
		this.simulator = simulator;
		this.run = run;
	}

	/**
	 * The goal: every request of the scenario that states an expectation.
	 * @param files the workspace's files
	 * @return the goal lines; empty when no request states one
	 * @throws ExerciseProblem when the scenario is missing or invalid
	 */
	List<GoalLine> goal(WorkspaceFiles files) {
		return scenario(files).requests().stream().filter((request) -> request.expect().isPresent()).map(GoalLine::of).toList();
	}

	/**
	 * Runs the workspace's scenario against its policies.
	 * @param files the workspace's files as they are now
	 * @return each request's outcome against its goal
	 * @throws ExerciseProblem when the scenario is missing or invalid
	 */
	CheckReport check(WorkspaceFiles files) {
		SimulationReport report = this.simulator.simulate(files, this.reader.read(files), scenario(files));
		List<RequestResult> ordered = report.results()
			.stream()
			.sorted(Comparator.comparingInt((RequestResult result) -> result.request().index())
				.thenComparingInt(RequestResult::repeat))
			.toList();
		List<CheckRow> rows = new ArrayList<>();
		for (RequestResult result : ordered) {
			CheckRow row = CheckRow.of(result);
			int last = rows.size() - 1;
			if (last >= 0 && rows.get(last).sameAs(row)) {
				rows.set(last, rows.get(last).through(row.repeats()));
			}
			else {
				rows.add(row);
			}
		}
		int expectations = (int) report.results().stream().filter((result) -> result.request().expect().isPresent()).count();
		return new CheckReport(rows, expectations, report.summary().expectationsFailed());
	}

	private Scenario scenario(WorkspaceFiles files) {
		String text = files.text(SCENARIO)
			.orElseThrow(() -> new ExerciseProblem("The workspace holds no " + SCENARIO
					+ ": the exercise's goal lives there. Restore it from the history."));
		try {
			return this.run.read(text);
		}
		catch (ScenarioInputException ex) {
			throw new ExerciseProblem(ex.messageFor(SCENARIO));
		}
	}

}
