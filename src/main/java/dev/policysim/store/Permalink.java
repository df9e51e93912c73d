package dev.policysim.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.gateway.GatewayProfile;

/**
 * A saved simulation: everything needed to show it again exactly as it ran, without running it
 * again. The report is the JSON the simulation produced then (formats.md §3), so a later change of
 * code or defaults never changes what a permalink shows.
 *
 * @param id the random public id in {@code /s/{id}}
 * @param created when it was saved
 * @param expires when it stops answering; empty for never
 * @param appVersion the version of the application that ran the simulation
 * @param scenarioName the scenario's name
 * @param scenario the scenario as written
 * @param profile the gateway profile it ran under (gateway.md §9)
 * @param reportJson the report as the simulation wrote it
 * @param files the workspace's files, in path order, without their contents
 */
public record Permalink(String id, Instant created, Optional<Instant> expires, String appVersion, String scenarioName,
		ScenarioSource scenario, GatewayProfile profile, String reportJson, List<SnapshotFile> files) {

	public Permalink {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(created, "created");
		Objects.requireNonNull(expires, "expires");
		Objects.requireNonNull(appVersion, "appVersion");
		Objects.requireNonNull(scenarioName, "scenarioName");
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(reportJson, "reportJson");
		files = List.copyOf(files);
	}

	/** The page's path, {@code /s/{id}}. */
	public String path() {
		return pathOf(this.id);
	}

	/**
	 * The page of a permalink known by its id only, as a save returns it.
	 * @param id the permalink's id
	 * @return {@code /s/{id}}
	 */
	public static String pathOf(String id) {
		return "/s/" + id;
	}

}
