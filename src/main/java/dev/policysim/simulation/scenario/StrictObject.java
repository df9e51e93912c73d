package dev.policysim.simulation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import dev.policysim.policy.Position;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a scenario, read strictly: a field it does not know, a value of the wrong
 * type or a missing required field is a {@link ScenarioInputException} that names the field's path
 * ({@code requests[2].credentials}) and its line and column.
 */
final class StrictObject {

	private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

	private final LocatedJson json;

	private final JsonNode node;

	private final String path;

	private final String pointer;

	private StrictObject(LocatedJson json, JsonNode node, String path, String pointer) {
		this.json = json;
		this.node = node;
		this.path = path;
		this.pointer = pointer;
	}

	/**
	 * The root object of a file.
	 * @param json the parsed file
	 * @param known the fields the object may have
	 * @param what what the file should hold, for the message when the root is not an object
	 * @return the object
	 */
	static StrictObject root(LocatedJson json, Set<String> known, String what) {
		if (!json.root().isObject()) {
			throw new ScenarioInputException("", json.valueAt(""), "expected " + what + " (a JSON object)");
		}
		return new StrictObject(json, json.root(), "", "").checked(known);
	}

	private StrictObject checked(Set<String> known) {
		for (String name : this.node.propertyNames()) {
			if (!known.contains(name)) {
				throw new ScenarioInputException(path(name), this.json.nameAt(pointer(name)),
						"unknown field; the fields here are " + String.join(", ", new TreeSet<>(known)));
			}
		}
		return this;
	}

	/** The object's own path, for messages; empty for the root. */
	String path() {
		return this.path;
	}

	String path(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	private String pointer(String name) {
		return this.pointer + "/" + name.replace("~", "~0").replace("/", "~1");
	}

	/** Whether the field is present and not {@code null}. */
	boolean has(String name) {
		JsonNode value = this.node.get(name);
		return value != null && !value.isNull();
	}

	/**
	 * An error about one of this object's fields, pointing at its value.
	 * @param name the field
	 * @param reason what is wrong
	 * @return the exception to throw
	 */
	ScenarioInputException error(String name, String reason) {
		Optional<Position> at = this.json.valueAt(pointer(name)).or(() -> this.json.valueAt(this.pointer));
		return new ScenarioInputException(path(name), at, reason);
	}

	String string(String name) {
		return optionalString(name).orElseThrow(() -> missing(name));
	}

	private ScenarioInputException missing(String name) {
		Optional<Position> at = this.json.valueAt(this.pointer);
		return new ScenarioInputException(path(name), at, "missing; this field is required");
	}

	Optional<String> optionalString(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isString()) {
			throw error(name, "expected a string, got " + describe(value));
		}
		return Optional.of(value.stringValue());
	}

	Optional<Boolean> optionalBoolean(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isBoolean()) {
			throw error(name, "expected true or false, got " + describe(value));
		}
		return Optional.of(value.booleanValue());
	}

	/**
	 * A number of seconds or another non-negative quantity.
	 * @param name the field
	 * @return the value; empty when absent
	 */
	Optional<Double> optionalNonNegative(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || value.doubleValue() < 0) {
			throw error(name, "expected a number of seconds, 0 or more, got " + describe(value));
		}
		return Optional.of(value.doubleValue());
	}

	Optional<Integer> optionalInteger(String name, int min, int max) {
		JsonNode value = present(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
			throw error(name, "expected a whole number from " + min + " to " + max + ", got " + describe(value));
		}
		return Optional.of(value.intValue());
	}

	<T> T parsed(String name, String text, Function<String, T> parser) {
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			throw error(name, ex.getMessage());
		}
	}

	Optional<StrictObject> optionalObject(String name, Set<String> known) {
		JsonNode value = present(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!value.isObject()) {
			throw error(name, "expected an object, got " + describe(value));
		}
		return Optional.of(new StrictObject(this.json, value, path(name), pointer(name)).checked(known));
	}

	/**
	 * An array of objects.
	 * @param name the field
	 * @param known the fields each object may have
	 * @return the objects; empty when the field is absent
	 */
	List<StrictObject> objects(String name, Set<String> known) {
		List<StrictObject> objects = new ArrayList<>();
		List<JsonNode> items = array(name);
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			String itemPath = path(name) + "[" + i + "]";
			String itemPointer = pointer(name) + "/" + i;
			if (!item.isObject()) {
				throw new ScenarioInputException(itemPath, this.json.valueAt(itemPointer),
						"expected an object, got " + describe(item));
			}
			objects.add(new StrictObject(this.json, item, itemPath, itemPointer).checked(known));
		}
		return objects;
	}

	/**
	 * An array of strings.
	 * @param name the field
	 * @return the strings; empty when the field is absent
	 */
	List<String> strings(String name) {
		List<String> strings = new ArrayList<>();
		List<JsonNode> items = array(name);
		for (int i = 0; i < items.size(); i++) {
			if (!items.get(i).isString()) {
				throw new ScenarioInputException(path(name) + "[" + i + "]",
						this.json.valueAt(pointer(name) + "/" + i), "expected a string, got " + describe(items.get(i)));
			}
			strings.add(items.get(i).stringValue());
		}
		return strings;
	}

	private List<JsonNode> array(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			throw error(name, "expected an array, got " + describe(value));
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	/**
	 * An object of names to strings, in the order written.
	 * @param name the field
	 * @return the entries; empty when the field is absent
	 */
	Map<String, String> stringMap(String name) {
		JsonNode value = objectValue(name);
		Map<String, String> entries = new LinkedHashMap<>();
		if (value == null) {
			return entries;
		}
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw new ScenarioInputException(path(name) + "." + entry.getKey(),
						this.json.valueAt(pointer(name) + "/" + escape(entry.getKey())),
						"expected a string, got " + describe(entry.getValue()));
			}
			entries.put(entry.getKey(), entry.getValue().stringValue());
		}
		return entries;
	}

	/**
	 * Header lines as an object of names to a string, or to an array of strings for a repeated line.
	 * @param name the field
	 * @return the headers; empty when the field is absent
	 */
	HttpHeaders headers(String name) {
		JsonNode value = objectValue(name);
		if (value == null) {
			return HttpHeaders.EMPTY;
		}
		List<HttpHeader> lines = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			String where = path(name) + "." + entry.getKey();
			Optional<Position> at = this.json.nameAt(pointer(name) + "/" + escape(entry.getKey()));
			if (!entry.getKey().matches(TOKEN)) {
				throw new ScenarioInputException(where, at, "not a valid header name");
			}
			JsonNode values = entry.getValue();
			for (JsonNode line : values.isArray() ? values : List.of(values)) {
				if (!line.isString()) {
					throw new ScenarioInputException(where, at, "expected a string or an array of strings, got "
							+ describe(line));
				}
				lines.add(new HttpHeader(entry.getKey(), line.stringValue()));
			}
		}
		return new HttpHeaders(lines);
	}

	private @Nullable JsonNode objectValue(String name) {
		JsonNode value = present(name);
		if (value != null && !value.isObject()) {
			throw error(name, "expected an object, got " + describe(value));
		}
		return value;
	}

	private @Nullable JsonNode present(String name) {
		JsonNode value = this.node.get(name);
		return (value == null || value.isNull()) ? null : value;
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	private static String describe(JsonNode value) {
		if (value.isString()) {
			return "the string \"" + value.stringValue() + "\"";
		}
		if (value.isObject()) {
			return "an object";
		}
		if (value.isArray()) {
			return "an array";
		}
		return value.toString();
	}

}
