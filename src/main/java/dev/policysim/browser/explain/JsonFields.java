package dev.policysim.browser.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Typed access to the fields of one JSON object, with errors that name the field's path. */
final class JsonFields {

	private final JsonNode node;

	private final String field;

	JsonFields(JsonNode node, String field) {
		if (!node.isObject()) {
			throw new ExplainInputException(label(field) + ": expected an object");
		}
		this.node = node;
		this.field = field;
	}

	String path(String name) {
		return this.field.isEmpty() ? name : this.field + "." + name;
	}

	String string(String name) {
		return optionalString(name).orElseThrow(() -> new ExplainInputException(path(name) + ": missing"));
	}

	Optional<String> optionalString(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return Optional.empty();
		}
		if (!value.isString()) {
			throw new ExplainInputException(path(name) + ": expected a string");
		}
		return Optional.of(value.stringValue());
	}

	int integer(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			throw new ExplainInputException(path(name) + ": missing");
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new ExplainInputException(path(name) + ": expected a whole number");
		}
		return value.intValue();
	}

	JsonFields object(String name) {
		return optionalObject(name).orElseThrow(() -> new ExplainInputException(path(name) + ": missing"));
	}

	Optional<JsonFields> optionalObject(String name) {
		JsonNode value = this.node.get(name);
		return (value == null || value.isNull()) ? Optional.empty() : Optional.of(new JsonFields(value, path(name)));
	}

	<T> T parsed(String name, Function<String, T> parser) {
		String text = string(name);
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ExplainInputException(path(name) + ": " + ex.getMessage());
		}
	}

	<T> T named(String name, String given, Optional<T> value, String valid) {
		return value.orElseThrow(
				() -> new ExplainInputException(path(name) + ": unknown value '" + given + "' (valid: " + valid + ")"));
	}

	/** Headers as an object of names to a string, or to an array of strings for repeated lines. */
	HttpHeaders headers(String name) {
		Optional<JsonFields> object = optionalObject(name);
		if (object.isEmpty()) {
			return HttpHeaders.EMPTY;
		}
		List<HttpHeader> lines = new ArrayList<>();
		for (Map.Entry<String, JsonNode> entry : object.get().node.properties()) {
			String where = object.get().path(entry.getKey());
			if (!entry.getKey().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
				throw new ExplainInputException(where + ": not a valid header name");
			}
			for (JsonNode value : entry.getValue().isArray() ? entry.getValue() : List.of(entry.getValue())) {
				if (!value.isString()) {
					throw new ExplainInputException(where + ": expected a string or an array of strings");
				}
				lines.add(new HttpHeader(entry.getKey(), value.stringValue()));
			}
		}
		return new HttpHeaders(lines);
	}

	private static String label(String field) {
		return field.isEmpty() ? "input" : field;
	}

}
