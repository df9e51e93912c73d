package dev.policysim.web.simulation;

import java.time.Duration;

import dev.policysim.browser.WebUrl;
import dev.policysim.gateway.GatewayRequest;
import dev.policysim.http.HttpHeader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the scenario the core read from a HAR file as {@code scenario.json} (formats.md §2), so the
 * user sees and edits the same requests in the table and the JSON tab: paths relative to the
 * gateway, and only the fields that differ from the defaults.
 */
final class HarImport {

	private HarImport() {
	}

	/**
	 * The scenario as JSON.
	 * @param scenario the scenario read from the HAR
	 * @param mapper the mapper that makes nodes
	 * @return the JSON
	 */
	static ObjectNode toJson(Scenario scenario, JsonMapper mapper) {
		ObjectNode root = mapper.createObjectNode();
		root.put("name", scenario.name());
		if (!scenario.description().isEmpty()) {
			root.put("description", scenario.description());
		}
		root.put("gateway", scenario.gateway().serialize());
		scenario.page().ifPresent((page) -> root.put("page", page.serialize()));
		ArrayNode requests = root.putArray("requests");
		for (ScenarioRequest request : scenario.requests()) {
			requests.add(request(request, scenario, mapper));
		}
		return root;
	}

	private static ObjectNode request(ScenarioRequest request, Scenario scenario, JsonMapper mapper) {
		ObjectNode json = mapper.createObjectNode();
		json.put("name", request.name());
		if (scenario.page().filter(request.page()::equals).isEmpty()) {
			json.put("page", request.page().serialize());
		}
		json.put("method", request.method());
		json.put("url", WebUrl.parse(request.url()).pathAndQuery());
		if (!request.headers().isEmpty()) {
			ObjectNode headers = json.putObject("headers");
			for (HttpHeader header : request.headers().entries()) {
				headers.put(header.name(), header.value());
			}
		}
		if (!request.body().isEmpty()) {
			json.put("body", request.body());
		}
		json.put("credentials", request.credentials().jsName());
		if (!request.clientIp().equals(GatewayRequest.DEFAULT_CLIENT_IP)) {
			json.put("clientIp", request.clientIp());
		}
		seconds(json, "at", request.at());
		if (request.repeat() > 1) {
			json.put("repeat", request.repeat());
			seconds(json, "interval", request.interval());
		}
		request.expect().ifPresent((expect) -> json.put("expect", expect.jsonName()));
		return json;
	}

	private static void seconds(ObjectNode json, String field, Duration duration) {
		// whole seconds as integers, as people write them; HAR start times keep their milliseconds
		if (duration.toMillis() % 1000 == 0) {
			json.put(field, duration.toSeconds());
		}
		else {
			json.put(field, duration.toMillis() / 1000.0);
		}
	}

}
