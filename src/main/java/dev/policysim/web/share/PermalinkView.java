package dev.policysim.web.share;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the read-only permalink page shows: the inputs and the results as they were saved.
 *
 * @param id the permalink's id
 * @param scenarioName the scenario's name
 * @param description the scenario's description; empty when none
 * @param created when it was saved
 * @param expires when it expires; empty for never
 * @param appVersion the version of the application that ran it
 * @param requests how many requests were sent
 * @param delivered how many were delivered to the script
 * @param blocked how many the browser blocked
 * @param expectationsMet how many expectations were met
 * @param expectationsFailed how many were not
 * @param results each sent request
 * @param profileName the gateway profile's name
 * @param profile its settings, with the assumed ones marked
 * @param scenarioFormat {@code json} or {@code har}
 * @param scenarioText the scenario as written
 * @param files the workspace's files
 */
public record PermalinkView(String id, String scenarioName, Optional<String> description, Instant created,
		Optional<Instant> expires, String appVersion, int requests, int delivered, int blocked, int expectationsMet,
		int expectationsFailed, List<RequestView> results, String profileName, List<ProfileSetting> profile,
		String scenarioFormat, String scenarioText, List<FileView> files) {

	public PermalinkView {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(scenarioName, "scenarioName");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(created, "created");
		Objects.requireNonNull(expires, "expires");
		Objects.requireNonNull(appVersion, "appVersion");
		results = List.copyOf(results);
		Objects.requireNonNull(profileName, "profileName");
		profile = List.copyOf(profile);
		Objects.requireNonNull(scenarioFormat, "scenarioFormat");
		Objects.requireNonNull(scenarioText, "scenarioText");
		files = List.copyOf(files);
	}

}
