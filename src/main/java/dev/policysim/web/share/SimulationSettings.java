package dev.policysim.web.share;

import java.util.Optional;

import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on a simulation run on the server ({@code policysim.simulation.*}), so one request cannot
 * keep a thread busy for minutes or fill the database with a giant report. The command line has
 * no such bound beyond the scenario reader's own.
 *
 * @param maxSends the most sends (requests times repetitions) a scenario may ask for; default 10 000
 */
@ConfigurationProperties("policysim.simulation")
public record SimulationSettings(int maxSends) {

	/** The default of {@link #maxSends}. */
	public static final int DEFAULT_MAX_SENDS = 10_000;

	public SimulationSettings {
		maxSends = (maxSends > 0) ? maxSends : DEFAULT_MAX_SENDS;
	}

	/**
	 * Holds a scenario to {@link #maxSends}. Every page and endpoint that runs a scenario on the
	 * server goes through here, so the run page, the exercise check and the API share one bound.
	 * @param scenario the scenario as read
	 * @return the same scenario
	 * @throws ScenarioInputException naming the request whose repetitions pass the bound
	 */
	public Scenario bounded(Scenario scenario) {
		long sends = 0;
		for (ScenarioRequest request : scenario.requests()) {
			sends += request.repeat();
			if (sends > this.maxSends) {
				throw new ScenarioInputException("requests[" + request.index() + "].repeat", Optional.empty(),
						"the scenario would send more than " + this.maxSends
								+ " requests, the most this server simulates at once (policysim.simulation.max-sends)");
			}
		}
		return scenario;
	}

}
