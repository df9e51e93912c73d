package dev.policysim.web.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.simulation.RequestResult;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.Summary;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.web.share.SimulationSettings;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Component;

/**
 * Runs a workspace's {@code scenario.json} against its files. Nothing is kept between requests:
 * a run is cheap and deterministic, so the run page, the apply-fix page and the exercise page each
 * run the scenario again on the revision they show, and any instance behind a load balancer gives
 * the same answer.
 */
@Component
public class ScenarioRun {

	/** Where a workspace keeps its scenario (formats.md §1). */
	public static final String FILE = "scenario.json";

	private final WorkspaceReader reader;

	private final ScenarioReader scenarios;

	private final Simulator simulator;

	private final SimulationSettings settings;

	private final SequenceDiagramSvg svg = new SequenceDiagramSvg();

	ScenarioRun(WorkspaceReader reader, ScenarioReader scenarios, Simulator simulator, SimulationSettings settings) {
		this.reader = reader;
		this.scenarios = scenarios;
		this.simulator = simulator;
		this.settings = settings;
	}

	/**
	 * Reads a scenario as the server runs it: strictly, and held to the server's bound on sends.
	 * @param text the scenario's JSON
	 * @return the scenario
	 * @throws ScenarioInputException when it cannot be used or sends too many requests
	 */
	public Scenario read(String text) {
		return this.settings.bounded(this.scenarios.read(text.startsWith("\uFEFF") ? text.substring(1) : text));
	}

	/**
	 * Runs the workspace's scenario.
	 * @param files the workspace's files
	 * @return the report, or why there is none
	 */
	public RunAttempt run(WorkspaceFiles files) {
		Optional<String> text = files.text(FILE);
		if (text.isEmpty()) {
			return new RunAttempt(Optional.empty(), Optional.empty());
		}
		Scenario scenario;
		try {
			scenario = read(text.get());
		}
		catch (ScenarioInputException ex) {
			return new RunAttempt(Optional.empty(), Optional.of(ScenarioError.of(ex)));
		}
		return new RunAttempt(Optional.of(run(files, scenario)), Optional.empty());
	}

	/**
	 * Runs a scenario that need not be saved yet.
	 * @param files the workspace's files
	 * @param scenario the scenario
	 * @return the report
	 */
	public RunReport run(WorkspaceFiles files, Scenario scenario) {
		Workspace workspace = this.reader.read(files);
		SendGroups groups = new SendGroups(scenario, this.svg);
		Summary summary = this.simulator.run(files, workspace, scenario, groups);
		return new RunReport(scenario.name(), scenario.description(), summary, groups.expectationsMet(),
				scenario.profile(), workspace.problems(), groups.requests());
	}

	/**
	 * Runs the workspace's scenario keeping every send, as a permalink stores it.
	 * @param files the workspace's files
	 * @return the core's report; empty when the scenario is missing or unusable
	 */
	public Optional<SimulationReport> simulate(WorkspaceFiles files) {
		return usable(files).map((scenario) -> this.simulator.simulate(files, this.reader.read(files), scenario));
	}

	/**
	 * One send of the workspace's scenario, with its causes and their patches.
	 * @param files the workspace's files
	 * @param request the request's index in the scenario
	 * @param repeat the repetition, from 0
	 * @return the send; empty when the scenario is missing or unusable or has no such send
	 */
	Optional<RequestResult> send(WorkspaceFiles files, int request, int repeat) {
		Optional<Scenario> scenario = usable(files);
		if (scenario.isEmpty()) {
			return Optional.empty();
		}
		List<RequestResult> found = new ArrayList<>(1);
		this.simulator.run(files, this.reader.read(files), scenario.get(), (result) -> {
			if (result.request().index() == request && result.repeat() == repeat) {
				found.add(result);
			}
		});
		return found.stream().findFirst();
	}

	private Optional<Scenario> usable(WorkspaceFiles files) {
		try {
			return files.text(FILE).map(this::read);
		}
		catch (ScenarioInputException ex) {
			return Optional.empty();
		}
	}

}
