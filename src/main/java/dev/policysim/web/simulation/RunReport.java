package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.Summary;
import dev.policysim.workspace.LoadProblem;

/**
 * A simulation as the run page (and the exercise page) shows it.
 *
 * @param scenario the scenario's name
 * @param description its description; empty for none
 * @param summary the counts: sent, delivered, blocked, expectations failed
 * @param expectationsMet how many sends with a stated expectation met it
 * @param profile the gateway profile it ran under
 * @param problems the workspace files it ran without
 * @param requests every request with its groups of sends
 */
public record RunReport(String scenario, String description, Summary summary, int expectationsMet,
		GatewayProfile profile, List<LoadProblem> problems, List<RequestView> requests) {

	public RunReport {
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(profile, "profile");
		problems = List.copyOf(problems);
		requests = List.copyOf(requests);
	}

	/** The profile's settings with their defaults, each an assumption. */
	public List<ProfileSetting> settings() {
		return ProfileSetting.of(this.profile);
	}

	/** Whether the scenario states expectations and every send met its own: an exercise is solved. */
	public boolean allExpectationsMet() {
		return this.expectationsMet > 0 && this.summary.expectationsFailed() == 0;
	}

}
