package dev.policysim.web.share;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.Simulator;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.store.Permalinks;
import dev.policysim.store.ScenarioSource;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.stereotype.Component;

/**
 * Runs a scenario (formats.md §2, or a HAR) over a workspace's files on the server and saves the
 * result as a permalink, for the JSON API and the pages alike: the scenario is read strictly, held
 * to {@link SimulationSettings}, and run by the domain's {@link Simulator}; {@link #save} keeps an
 * immutable snapshot.
 */
@Component
public class Simulations {

	/** The scenario a workspace holds when none is given. */
	public static final String SCENARIO_FILE = "scenario.json";

	/** The longest expiry a permalink may be given, in days. */
	public static final int MAX_EXPIRY_DAYS = (int) Permalinks.MAX_LIFETIME.toDays();

	private final WorkspaceReader reader;

	private final SimulationSettings settings;

	private final Permalinks permalinks;

	Simulations(WorkspaceReader reader, SimulationSettings settings, Permalinks permalinks) {
		this.reader = reader;
		this.settings = settings;
		this.permalinks = permalinks;
	}

	/**
	 * Saves a simulation that has run as a permalink: an immutable snapshot of the files, the
	 * scenario as written, the gateway profile (taken from the report's scenario), this app's
	 * version and the report, readable at {@code /s/{id}} and {@code GET /api/v1/simulations/{id}}.
	 * Later edits of the workspace never change it: the files are copied, not referred to. This is
	 * what a page's "Save" button calls, after it has run the scenario with {@link #run}.
	 * @param files the workspace's files exactly as simulated (e.g. {@code WorkspaceStore#files} of
	 * the revision shown)
	 * @param scenario the scenario as written; {@link #source} tells JSON from HAR
	 * @param report the report the simulation produced from these files and this scenario
	 * @param expiresInDays after how many days the permalink answers 410 Gone and is then purged,
	 * 1 to {@link #MAX_EXPIRY_DAYS}; empty for never
	 * @return the new permalink's random id (22 base62 characters); its page is {@code /s/{id}}
	 * @throws IllegalArgumentException when {@code expiresInDays} is out of range
	 */
	public String save(WorkspaceFiles files, ScenarioSource scenario, SimulationReport report,
			Optional<Integer> expiresInDays) {
		return this.permalinks.save(files, scenario, report, lifetime(expiresInDays)).id();
	}

	/**
	 * Turns an expiry in days into a lifetime.
	 * @param expiresInDays the days, 1 to {@link #MAX_EXPIRY_DAYS}; empty for never
	 * @return the lifetime; empty for never
	 * @throws IllegalArgumentException when the days are out of range
	 */
	public static Optional<Duration> lifetime(Optional<Integer> expiresInDays) {
		expiresInDays.filter((days) -> days < 1 || days > MAX_EXPIRY_DAYS).ifPresent((days) -> {
			throw new IllegalArgumentException(
					"expiresInDays must be between 1 and " + MAX_EXPIRY_DAYS + " (or left out for never), was " + days + ".");
		});
		return expiresInDays.map(Duration::ofDays);
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
		return this.settings.bounded(read);
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
