package dev.policysim.store;

import java.nio.file.Path;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;

/**
 * A sample of {@code sample-policies/} simulated with its own scenario, as the pages and the API do
 * before they save a permalink.
 *
 * @param files the sample's files
 * @param scenario its scenario as written
 * @param report the simulation's report
 */
record SampleSimulation(WorkspaceFiles files, ScenarioSource scenario, SimulationReport report) {

	static SampleSimulation of(String sample) {
		try {
			WorkspaceFiles files = WorkspaceReader.files(Path.of("sample-policies", sample), ArchiveLimits.DEFAULTS);
			return of(files);
		}
		catch (WorkspaceInputException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static SampleSimulation of(WorkspaceFiles files) {
		String text = files.text("scenario.json").orElseThrow();
		SimulationReport report = new Simulator().simulate(files, new WorkspaceReader().read(files),
				new ScenarioReader().read(text));
		return new SampleSimulation(files, new ScenarioSource(text, ScenarioSource.Format.JSON), report);
	}

}
