package dev.policysim.web.share;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.policysim.gateway.GatewayProfile;
import dev.policysim.store.Permalink;
import dev.policysim.store.ScenarioSource;
import dev.policysim.workspace.WorkspaceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the permalink page's view from a saved snapshot: the report JSON as it was written then
 * (never re-run), the scenario, the profile with the settings the scenario left to the defaults
 * marked as assumed, and the files as text.
 */
final class PermalinkViews {

	/** Files longer than this are offered in the zip only, to keep the page light. */
	static final int MAX_SHOWN_BYTES = 256 * 1024;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private PermalinkViews() {
	}

	static PermalinkView of(Permalink permalink, WorkspaceFiles files) {
		JsonNode report = MAPPER.readTree(permalink.reportJson());
		JsonNode summary = report.path("summary");
		List<RequestView> results = report.path("requests").valueStream().map(PermalinkViews::request).toList();
		int met = (int) results.stream().filter((result) -> result.expectation().isPresent() && result.expectationMet()).count();
		return new PermalinkView(permalink.id(), permalink.scenarioName(), text(report, "description"), permalink.created(),
				permalink.expires(), permalink.appVersion(), summary.path("requests").asInt(),
				summary.path("delivered").asInt(), summary.path("blocked").asInt(), met,
				summary.path("expectationsFailed").asInt(), results, permalink.profile().name(),
				profile(permalink.profile(), pinned(permalink.scenario())),
				permalink.scenario().format().name().toLowerCase(Locale.ROOT), permalink.scenario().text(), files(files));
	}

	private static RequestView request(JsonNode json) {
		JsonNode expectation = json.path("expectation");
		boolean expected = expectation.isObject();
		boolean met = !expected || expectation.path("met").asBoolean();
		Optional<String> said = expected
				? Optional.of((met ? "met" : "failed") + " (expected " + expectation.path("expected").asString() + ")")
				: Optional.empty();
		Optional<Integer> status = json.path("status").isNumber() ? Optional.of(json.path("status").asInt()) : Optional.empty();
		return new RequestView(json.path("name").asString(), json.path("repeat").asInt(), json.path("at").asDouble(),
				json.path("outcome").asString(), text(json, "corsError"), text(json, "console"), status,
				json.path("headline").asString(""), preflight(json.path("preflight")), said, met,
				json.path("causes").valueStream().map(PermalinkViews::cause).toList());
	}

	private static Optional<String> preflight(JsonNode preflight) {
		if (!preflight.isObject()) {
			return Optional.empty();
		}
		return Optional.of(preflight.path("fromCache").asBoolean() ? "from cache" : "sent");
	}

	private static CauseView cause(JsonNode json) {
		Optional<String> location = text(json, "file")
			.map((file) -> file + ":" + json.path("line").asInt() + ":" + json.path("column").asInt());
		return new CauseView(json.path("rule").asString(), json.path("severity").asString(), json.path("message").asString(),
				location, json.path("fix").asString(""));
	}

	private static List<ProfileSetting> profile(GatewayProfile profile, Set<String> pinned) {
		return List.of(
				setting("terminateUnmatchedDefault", profile.terminateUnmatchedDefault(), pinned),
				setting("corsHeadersOnLaterErrors", profile.corsHeadersOnLaterErrors(), pinned),
				setting("subscriptionCheckBeforePolicies", profile.subscriptionCheckBeforePolicies(), pinned));
	}

	private static ProfileSetting setting(String name, boolean value, Set<String> pinned) {
		return new ProfileSetting(name, value, !pinned.contains(name));
	}

	/** The profile settings the scenario set itself (formats.md §2 {@code profile}); a HAR sets none. */
	private static Set<String> pinned(ScenarioSource scenario) {
		if (scenario.format() != ScenarioSource.Format.JSON) {
			return Set.of();
		}
		try {
			return Set.copyOf(MAPPER.readTree(scenario.text()).path("profile").propertyNames());
		}
		catch (JacksonException ex) {
			// it was read when it ran; a text that no longer parses pins nothing
			return Set.of();
		}
	}

	private static List<FileView> files(WorkspaceFiles files) {
		return files.paths().stream().map((path) -> file(path, files.content(path).orElseThrow())).toList();
	}

	private static FileView file(String path, byte[] content) {
		if (content.length > MAX_SHOWN_BYTES) {
			return new FileView(path, content.length, Optional.empty());
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return new FileView(path, content.length, text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text));
		}
		catch (CharacterCodingException ex) {
			return new FileView(path, content.length, Optional.empty());
		}
	}

	private static Optional<String> text(JsonNode json, String field) {
		JsonNode value = json.path(field);
		return (value.isString() && !value.asString().isBlank()) ? Optional.of(value.asString()) : Optional.empty();
	}

}
