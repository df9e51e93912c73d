package dev.policysim.web.share;

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

}
