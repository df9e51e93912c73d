package dev.policysim.workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.policy.Position;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the APIOps information files ({@code apiInformation.json} and the like), read leniently:
 * a syntax error or a value of the wrong type becomes a {@link LoadProblem} at the line and column
 * of the fault, and the caller falls back to APIM's default for that value.
 */
final class JsonFile {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String path;

	private final byte[] bytes;

	private final JsonNode root;

	private final String base;

	private final LoadProblems problems;

	private Map<String, Position> positions = Map.of();

	private JsonFile(String path, byte[] bytes, JsonNode root, LoadProblems problems) {
		this.path = path;
		this.bytes = bytes;
		this.root = root;
		this.problems = problems;
		// ARM resources keep their settings under "properties"; a flat file is accepted too.
		this.base = root.path("properties").isObject() ? "/properties" : "";
	}

	/**
	 * Reads a file of the workspace.
	 * @param files the workspace files
	 * @param path the file's path
	 * @param problems where a syntax error or a non-object root is reported
	 * @return the file, or empty when it is absent or unreadable
	 */
	static Optional<JsonFile> read(WorkspaceFiles files, String path, LoadProblems problems) {
		Optional<byte[]> bytes = files.bytes(path);
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		return parse(path, bytes.get(), problems);
	}

	private static Optional<JsonFile> parse(String path, byte[] bytes, LoadProblems problems) {
		JsonNode root;
		try {
			root = MAPPER.readTree(bytes);
		}
		catch (JacksonException ex) {
			problems.invalidFile(path, position(ex.getLocation()), "Not valid JSON: " + ex.getOriginalMessage());
			return Optional.empty();
		}
		if (root == null || root.isMissingNode()) {
			problems.invalidFile(path, Position.START, "The file is empty; expected a JSON document.");
			return Optional.empty();
		}
		return Optional.of(new JsonFile(path, bytes, root, problems));
	}

	static Position position(TokenStreamLocation location) {
		if (location == null) {
			return Position.START;
		}
		return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
	}

	/** The whole document. */
	JsonNode root() {
		return this.root;
	}

	/**
	 * Whether the document is an object, reporting it when not.
	 * @return {@code false} after reporting a problem
	 */
	boolean expectObject() {
		if (this.root.isObject()) {
			return true;
		}
		this.problems.invalidFile(this.path, Position.START, "Expected a JSON object with \"properties\".");
		return false;
	}

	/**
	 * A text setting.
	 * @param name the name under {@code properties}, {@code /} separating nested names
	 * @return the text, or empty when absent, null, or not text (then reported)
	 */
	Optional<String> string(String name) {
		JsonNode node = node(name);
		if (node.isMissingNode() || node.isNull()) {
			return Optional.empty();
		}
		if (!node.isString()) {
			wrongType(name, "text");
			return Optional.empty();
		}
		return Optional.of(node.asString());
	}

	/**
	 * A yes/no setting.
	 * @param name the name under {@code properties}
	 * @return the value, or empty when absent, null, or not a boolean (then reported)
	 */
	Optional<Boolean> bool(String name) {
		JsonNode node = node(name);
		if (node.isMissingNode() || node.isNull()) {
			return Optional.empty();
		}
		if (!node.isBoolean()) {
			wrongType(name, "true or false");
			return Optional.empty();
		}
		return Optional.of(node.booleanValue());
	}

	private JsonNode node(String name) {
		return this.root.at(pointer(name));
	}

	/**
	 * The JSON pointer of a setting, for {@link #positionOf}.
	 * @param name the name under {@code properties}, {@code /} separating nested names
	 * @return e.g. {@code /properties/scope}
	 */
	String pointer(String name) {
		return this.base + "/" + name;
	}

	private void wrongType(String name, String expected) {
		this.problems.invalidFile(this.path, positionOf(pointer(name)),
				"\"" + name.replace('/', '.') + "\" should be " + expected + "; APIM's default is used instead.");
	}

	/**
	 * Where a value stands in the file: the position of its property name, or of the value itself
	 * for list items.
	 * @param pointer a JSON pointer, e.g. {@code /properties/path} or {@code /2}
	 * @return the position; the start of the file when the pointer is not found
	 */
	Position positionOf(String pointer) {
		if (this.positions.isEmpty()) {
			this.positions = locate(this.bytes);
		}
		return this.positions.getOrDefault(pointer, Position.START);
	}

	private static Map<String, Position> locate(byte[] bytes) {
		Map<String, Position> positions = new HashMap<>();
		try (JsonParser parser = MAPPER.createParser(bytes)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					continue;
				}
				// For a property name the context already points at the property, so its name wins.
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				positions.putIfAbsent(pointer, position(parser.currentTokenLocation()));
			}
		}
		catch (JacksonException ex) {
			// The file parsed once already; positions are a courtesy, so fall back to the start.
		}
		return positions;
	}

}
