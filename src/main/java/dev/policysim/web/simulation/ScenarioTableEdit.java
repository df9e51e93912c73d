package dev.policysim.web.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policysim.simulation.scenario.ScenarioInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the scenario editor's table onto the stored scenario's JSON: the cells the table shows
 * replace those fields, an empty cell removes its field (so the default applies), a row without URL
 * removes its request, and every other field (subscriptions, backend, a request's body, ...) is
 * kept as it was.
 */
final class ScenarioTableEdit {

	/** A reader's field inside a request: {@code requests[2]}, {@code requests[2].headers.X-Key}. */
	private static final Pattern REQUEST_FIELD = Pattern.compile("requests\\[(\\d+)\\](?:\\.([A-Za-z]+))?.*");

	private final ScenarioTable table;

	/** For each request of the written JSON, the table row it came from. */
	private final List<Integer> rowOfRequest = new ArrayList<>();

	ScenarioTableEdit(ScenarioTable table) {
		this.table = table;
	}

	/**
	 * Applies the table.
	 * @param stored the stored scenario's JSON; an empty object when there is none
	 * @param mapper the mapper that makes nodes
	 * @return the new JSON
	 * @throws ScenarioInputException when a cell cannot be written, such as a header line without colon
	 */
	ObjectNode applyTo(JsonNode stored, JsonMapper mapper) {
		ObjectNode root = stored.isObject() ? (ObjectNode) stored.deepCopy() : mapper.createObjectNode();
		put(root, "name", this.table.name());
		put(root, "gateway", this.table.gateway());
		put(root, "page", this.table.page());
		profile(root, mapper);
		JsonNode before = stored.path("requests");
		ArrayNode requests = mapper.createArrayNode();
		List<ScenarioRow> rows = this.table.rows();
		for (int i = 0; i < rows.size(); i++) {
			ScenarioRow row = rows.get(i);
			if (row.isEmpty()) {
				continue;
			}
			JsonNode old = (row.source() >= 0) ? before.path(row.source()) : mapper.missingNode();
			ObjectNode request = old.isObject() ? (ObjectNode) old.deepCopy() : mapper.createObjectNode();
			this.rowOfRequest.add(i);
			write(request, row, requests.size(), mapper);
			requests.add(request);
		}
		root.set("requests", requests);
		return root;
	}

	/**
	 * Where an error of the written JSON belongs in the table.
	 * @param field the field the reader named, e.g. {@code requests[2].credentials}
	 * @return the cell's key, e.g. {@code row3.credentials}, or {@code scenario.gateway}; empty when
	 * the field is not in the table
	 */
	Optional<String> cellOf(String field) {
		if (field.matches("name|gateway|page")) {
			return Optional.of("scenario." + field);
		}
		if (field.startsWith("profile.")) {
			return Optional.of(field);
		}
		Matcher request = REQUEST_FIELD.matcher(field);
		if (!request.matches() || Integer.parseInt(request.group(1)) >= this.rowOfRequest.size()) {
			return Optional.empty();
		}
		int row = this.rowOfRequest.get(Integer.parseInt(request.group(1)));
		// an error about the whole request belongs to its URL, the cell that makes it a request
		String cell = (request.group(2) == null) ? "url" : request.group(2);
		return ScenarioRow.CELLS.contains(cell) ? Optional.of("row" + row + "." + cell) : Optional.empty();
	}

	/** Writes the profile's choices: {@code default} leaves the setting out, so the profile's default applies. */
	private void profile(ObjectNode root, JsonMapper mapper) {
		ObjectNode profile = root.path("profile").isObject() ? (ObjectNode) root.get("profile")
				: mapper.createObjectNode();
		for (Map.Entry<String, String> setting : this.table.profile().entrySet()) {
			switch (setting.getValue()) {
				case "true", "false" -> profile.put(setting.getKey(), Boolean.parseBoolean(setting.getValue()));
				default -> profile.remove(setting.getKey());
			}
		}
		if (profile.isEmpty()) {
			root.remove("profile");
		}
		else {
			root.set("profile", profile);
		}
	}

	private static void write(ObjectNode request, ScenarioRow row, int index, JsonMapper mapper) {
		put(request, "name", row.name());
		put(request, "page", row.page());
		put(request, "method", row.method());
		put(request, "url", row.url());
		put(request, "credentials", row.credentials());
		put(request, "clientIp", row.clientIp());
		put(request, "expect", row.expect());
		if (row.headers().isBlank()) {
			request.remove("headers");
		}
		else {
			request.set("headers", headers(row.headers(), index, mapper));
		}
		number(request, "repeat", row.repeat(), index, true);
		number(request, "interval", row.interval(), index, false);
	}

	private static ObjectNode headers(String text, int index, JsonMapper mapper) {
		ObjectNode headers = mapper.createObjectNode();
		for (String line : text.strip().split("\r?\n")) {
			int colon = line.indexOf(':');
			if (line.isBlank()) {
				continue;
			}
			if (colon < 1) {
				throw new ScenarioInputException("requests[" + index + "].headers", Optional.empty(),
						"'" + line.strip() + "' is not a header line; write one Name: value per line");
			}
			headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		return headers;
	}

	private static void number(ObjectNode request, String field, String text, int index, boolean whole) {
		String value = text.strip();
		if (value.isEmpty()) {
			request.remove(field);
			return;
		}
		String pattern = whole ? "\\d{1,9}" : "\\d{1,9}(\\.\\d{1,9})?";
		if (!value.matches(pattern)) {
			throw new ScenarioInputException("requests[" + index + "]." + field, Optional.empty(), "'" + value
					+ "' is not " + (whole ? "a whole number" : "a number of seconds, like 1 or 0.5"));
		}
		if (whole) {
			request.put(field, Integer.parseInt(value));
		}
		else {
			request.put(field, new BigDecimal(value));
		}
	}

	private static void put(ObjectNode node, String field, String value) {
		if (value.isBlank()) {
			node.remove(field);
		}
		else {
			node.put(field, value.strip());
		}
	}

}
