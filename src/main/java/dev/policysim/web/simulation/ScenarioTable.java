package dev.policysim.web.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.policysim.gateway.GatewayProfile;
import tools.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;

/**
 * The scenario editor's table: the scenario's name, gateway, default page, profile overrides and
 * one row per request. It is read from the stored JSON or from a submitted form, and written back
 * onto the stored JSON by {@link ScenarioTableEdit}, so fields the table does not show survive.
 *
 * @param name the scenario's name
 * @param gateway the gateway's origin
 * @param page the default page origin; empty for none
 * @param profile each profile setting's choice: {@code default}, {@code true} or {@code false}
 * @param rows the requests, then one blank row for adding one
 */
public record ScenarioTable(String name, String gateway, String page, Map<String, String> profile,
		List<ScenarioRow> rows) {

	public ScenarioTable {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(gateway, "gateway");
		Objects.requireNonNull(page, "page");
		profile = Map.copyOf(profile);
		rows = List.copyOf(rows);
	}

	/**
	 * The table of a stored scenario.
	 * @param root the scenario's JSON
	 * @return the table, with a blank row at the end
	 */
	static ScenarioTable of(JsonNode root) {
		Map<String, String> profile = new LinkedHashMap<>();
		for (ProfileSetting setting : ProfileSetting.of(GatewayProfile.DEFAULT)) {
			JsonNode value = root.path("profile").path(setting.name());
			profile.put(setting.name(), value.isBoolean() ? String.valueOf(value.asBoolean()) : "default");
		}
		List<ScenarioRow> rows = new ArrayList<>();
		JsonNode requests = root.path("requests");
		for (int i = 0; i < requests.size(); i++) {
			rows.add(row(i, requests.get(i)));
		}
		rows.add(ScenarioRow.blank());
		return new ScenarioTable(text(root, "name"), text(root, "gateway"), text(root, "page"), profile, rows);
	}

	/**
	 * The table as the user submitted it.
	 * @param form the form's fields; the row fields come once per row, in row order
	 * @return the table, as typed
	 */
	static ScenarioTable of(MultiValueMap<String, String> form) {
		Map<String, String> profile = new LinkedHashMap<>();
		for (ProfileSetting setting : ProfileSetting.of(GatewayProfile.DEFAULT)) {
			profile.put(setting.name(), first(form, "profile." + setting.name(), "default"));
		}
		List<String> sources = form.getOrDefault("row.source", List.of());
		List<ScenarioRow> rows = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			int source = sources.get(i).matches("\\d{1,6}") ? Integer.parseInt(sources.get(i)) : -1;
			rows.add(new ScenarioRow(source, cell(form, "name", i), cell(form, "page", i), cell(form, "method", i),
					cell(form, "url", i), cell(form, "headers", i), cell(form, "credentials", i),
					cell(form, "clientIp", i), cell(form, "repeat", i), cell(form, "interval", i),
					cell(form, "expect", i), List.of()));
		}
		return new ScenarioTable(first(form, "scenario.name", ""), first(form, "scenario.gateway", ""),
				first(form, "scenario.page", ""), profile, rows);
	}

	private static ScenarioRow row(int index, JsonNode request) {
		StringBuilder headers = new StringBuilder();
		request.path("headers").properties()
			.forEach((entry) -> headers.append(entry.getKey()).append(": ").append(value(entry.getValue())).append('\n'));
		List<String> others = request.propertyNames().stream()
			.filter((field) -> !ScenarioRow.CELLS.contains(field))
			.toList();
		return new ScenarioRow(index, text(request, "name"), text(request, "page"), text(request, "method"),
				text(request, "url"), headers.toString().strip(), text(request, "credentials"),
				text(request, "clientIp"), text(request, "repeat"), text(request, "interval"), text(request, "expect"),
				others);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? "" : value(value);
	}

	private static String value(JsonNode value) {
		return value.isValueNode() ? value.asString() : value.toString();
	}

	private static String cell(MultiValueMap<String, String> form, String cell, int row) {
		List<String> values = form.getOrDefault("row." + cell, List.of());
		return (row < values.size()) ? values.get(row) : "";
	}

	private static String first(MultiValueMap<String, String> form, String field, String otherwise) {
		String value = form.getFirst(field);
		return (value != null) ? value : otherwise;
	}

}
