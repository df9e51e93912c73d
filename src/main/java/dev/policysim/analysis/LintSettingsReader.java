package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.Position;
import dev.policysim.workspace.LoadProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code policysim.json} leniently: a syntax error, an unknown rule id or level, or an
 * unknown setting becomes a problem at its line and column, naming what is valid, and everything
 * else still applies.
 */
final class LintSettingsReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String LEVELS = "off, error, warning or info";

	private final String text;

	private final List<LoadProblem> problems = new ArrayList<>();

	private final Map<String, Severity> severities = new HashMap<>();

	private final Set<String> disabled = new HashSet<>();

	private Map<String, Position> positions = Map.of();

	private boolean terminateUnmatchedDefault = LintSettings.DEFAULTS.terminateUnmatchedDefault();

	private LintSettingsReader(String text) {
		this.text = text;
	}

	static LintSettings read(String text) {
		LintSettingsReader reader = new LintSettingsReader(text);
		reader.parse();
		return new LintSettings(reader.severities, reader.disabled, reader.terminateUnmatchedDefault, reader.problems);
	}

	private void parse() {
		JsonNode root;
		try {
			root = MAPPER.readTree(this.text);
		}
		catch (JacksonException ex) {
			problem(position(ex.getLocation()), "Not valid JSON: " + ex.getOriginalMessage()
					+ "; no lint setting of this file applies.");
			return;
		}
		if (root == null || !root.isObject()) {
			problem(Position.START, "Expected a JSON object such as {\"rules\": {\"cors-terminate-default\": \"off\"}}.");
			return;
		}
		for (String name : root.propertyNames()) {
			switch (name) {
				case "rules" -> rules(root.get(name));
				case "profile" -> profile(root.get(name));
				case "$schema" -> {
				}
				default -> problem(at("/" + name), "Unknown setting \"" + name + "\"; " + LintSettings.FILE
						+ " knows \"rules\" and \"profile\".");
			}
		}
	}

	private void rules(JsonNode rules) {
		if (!rules.isObject()) {
			problem(at("/rules"), "\"rules\" should be an object of rule ids and levels (" + LEVELS + ").");
			return;
		}
		for (String id : rules.propertyNames()) {
			if (Rules.rule(id).isEmpty()) {
				problem(at("/rules/" + id), "Unknown rule id \"" + id + "\"; the rule ids are: "
						+ String.join(", ", Rules.ids()) + ".");
				continue;
			}
			level(id, rules.get(id));
		}
	}

	private void level(String id, JsonNode value) {
		String level = value.isString() ? value.asString() : value.toString();
		if (level.strip().equalsIgnoreCase("off")) {
			this.disabled.add(id);
			return;
		}
		Optional<Severity> severity = value.isString() ? Severity.fromLabel(level) : Optional.empty();
		if (severity.isEmpty()) {
			problem(at("/rules/" + id), "\"" + level + "\" is not a level for rule " + id + "; use " + LEVELS + ".");
			return;
		}
		this.severities.put(id, severity.get());
	}

	private void profile(JsonNode profile) {
		if (!profile.isObject()) {
			problem(at("/profile"), "\"profile\" should be an object such as {\"terminateUnmatchedDefault\": true}.");
			return;
		}
		for (String name : profile.propertyNames()) {
			JsonNode value = profile.get(name);
			if (!name.equals("terminateUnmatchedDefault")) {
				problem(at("/profile/" + name), "Unknown profile setting \"" + name
						+ "\"; lint uses only \"terminateUnmatchedDefault\".");
			}
			else if (!value.isBoolean()) {
				problem(at("/profile/" + name), "\"terminateUnmatchedDefault\" should be true or false.");
			}
			else {
				this.terminateUnmatchedDefault = value.booleanValue();
			}
		}
	}

	private void problem(Position position, String message) {
		this.problems.add(new LoadProblem(LoadProblem.Kind.FILE_INVALID, LintSettings.FILE, position, message));
	}

	private Position at(String pointer) {
		if (this.positions.isEmpty()) {
			this.positions = locate(this.text);
		}
		return this.positions.getOrDefault(pointer, Position.START);
	}

	/** The position of every property name, by JSON pointer. */
	private static Map<String, Position> locate(String text) {
		Map<String, Position> positions = new HashMap<>();
		try (JsonParser parser = MAPPER.createParser(text)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.PROPERTY_NAME) {
					positions.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
							position(parser.currentTokenLocation()));
				}
			}
		}
		catch (JacksonException ex) {
			// the syntax error itself was reported when the tree was read
		}
		return positions;
	}

	private static Position position(TokenStreamLocation location) {
		if (location == null) {
			return Position.START;
		}
		return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
	}

}
