package dev.policysim.web.share;

import java.util.Locale;
import java.util.Optional;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.simulation.scenario.ScenarioRequest;
import dev.policysim.store.ScenarioSource;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Component;

/**
 * Runs a scenario (formats.md §2, or a HAR) over a workspace's files on the server, for the JSON
 * API and the pages alike: the scenario is read strictly, held to {@link SimulationSettings}, and
 * run by the domain's {@link Simulator}. Stateless.
 */
@Component
public class Simulations {

	/** The scenario a workspace holds when none is given. */
	public static final String SCENARIO_FILE = "scenario.json";

	private final WorkspaceReader reader;

	private final SimulationSettings settings;

	Simulations(WorkspaceReader reader, SimulationSettings settings) {
		this.reader = reader;
		this.settings = settings;
	}

	/**
	 * Runs a scenario.
	 * @param files the workspace's files
	 * @param scenario the scenario as written
	 * @return the report
	 * @throws ScenarioInputException when the scenario cannot be used, or asks for more sends than allowed
	 */
	public SimulationReport run(WorkspaceFiles files, ScenarioSource scenario) {
		Scenario read = read(scenario);
		return new Simulator().simulate(files, this.reader.read(files), read);
	}

	/**
	 * Reads a scenario and holds it to the limits.
	 * @param scenario the scenario as written
	 * @return the scenario
	 * @throws ScenarioInputException when it cannot be used
	 */
	public Scenario read(ScenarioSource scenario) {
		Scenario read = (scenario.format() == ScenarioSource.Format.HAR) ? new HarReader().read(scenario.text())
				: new ScenarioReader().read(scenario.text());
		long sends = 0;
		for (ScenarioRequest request : read.requests()) {
			sends += request.repeat();
			if (sends > this.settings.maxSends()) {
				throw new ScenarioInputException("requests[" + request.index() + "].repeat", Optional.empty(),
						"the scenario would send more than " + this.settings.maxSends()
								+ " requests, the most this server simulates at once (policysim.simulation.max-sends)");
			}
		}
		return read;
	}

	/**
	 * Tells a HAR from a scenario: by the file's name, or by its shape when the name says nothing
	 * (a HAR is an object whose first member is {@code log}).
	 * @param fileName the uploaded file's name; empty when unknown
	 * @param text the text
	 * @return the scenario as written
	 */
	public static ScenarioSource source(Optional<String> fileName, String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String name = fileName.orElse("").toLowerCase(Locale.ROOT);
		boolean har = name.endsWith(".har")
				|| (!name.endsWith(".json") && body.stripLeading().matches("(?s)\\{\\s*\"log\"\\s*:.*"));
		return new ScenarioSource(body, har ? ScenarioSource.Format.HAR : ScenarioSource.Format.JSON);
	}

}
