package dev.policysim.web.simulation;

import java.util.Objects;
import java.util.Optional;

/**
 * What running a workspace's scenario gave: a report, or why the scenario cannot be used; both
 * empty when the workspace has no scenario.
 *
 * @param report the report; empty when the scenario is missing or unusable
 * @param error why the scenario cannot be used; empty when it could
 */
public record RunAttempt(Optional<RunReport> report, Optional<ScenarioError> error) {

	public RunAttempt {
		Objects.requireNonNull(report, "report");
		Objects.requireNonNull(error, "error");
	}

	/** Whether the workspace has a {@code scenario.json} at all. */
	public boolean hasScenario() {
		return this.report.isPresent() || this.error.isPresent();
	}

}
