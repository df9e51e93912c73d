package dev.policysim.simulation.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.policy.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON text parsed into a tree, with the line and column of every value and property name, so
 * an error found while reading the tree can still say where in the file the field stands. Jackson's
 * tree keeps no positions; a second, streaming pass over the text records them by JSON pointer.
 */
final class LocatedJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final JsonNode root;

	private final Map<String, Position> values;

	private final Map<String, Position> names;

	private LocatedJson(JsonNode root, Map<String, Position> values, Map<String, Position> names) {
		this.root = root;
		this.values = values;
		this.names = names;
	}

	/**
	 * Parses a text.
	 * @param text the JSON text
	 * @param expected what the input should be, for the message when it is not JSON at all
	 * @return the tree with positions
	 * @throws ScenarioInputException when the text is not JSON (with the line and column of the
	 * first error) or is empty
	 */
	static LocatedJson parse(String text, String expected) {
		JsonNode root;
		try {
			root = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			throw new ScenarioInputException("", position(ex.getLocation()),
					"not valid JSON (" + ex.getOriginalMessage() + "); expected " + expected);
		}
		if (root == null || root.isMissingNode()) {
			throw new ScenarioInputException("", Optional.empty(), "the file is empty; expected " + expected);
		}
		Map<String, Position> values = new HashMap<>();
		Map<String, Position> names = new HashMap<>();
		try (JsonParser parser = MAPPER.createParser(text)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				Optional<Position> at = position(parser.currentTokenLocation());
				if (at.isEmpty() || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					continue;
				}
				(token == JsonToken.PROPERTY_NAME ? names : values).putIfAbsent(pointer, at.get());
			}
		}
		return new LocatedJson(root, values, names);
	}

	/** The root of the tree. */
	JsonNode root() {
		return this.root;
	}

	/**
	 * Where a value stands.
	 * @param pointer the JSON pointer of the value, e.g. {@code /requests/2/credentials}
	 * @return its position; empty when unknown
	 */
	Optional<Position> valueAt(String pointer) {
		return Optional.ofNullable(this.values.get(pointer));
	}

	/**
	 * Where a property's name stands, which is where an unknown field is best pointed at.
	 * @param pointer the JSON pointer of the property
	 * @return its position; empty when unknown
	 */
	Optional<Position> nameAt(String pointer) {
		return Optional.ofNullable(this.names.get(pointer));
	}

	private static Optional<Position> position(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
			return Optional.empty();
		}
		return Optional.of(new Position(location.getLineNr(), location.getColumnNr()));
	}

}
