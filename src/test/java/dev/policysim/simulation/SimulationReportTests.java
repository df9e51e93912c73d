package dev.policysim.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's JSON has the exact field names of formats.md §3; the text tells the seed articles' point. */
class SimulationReportTests {

	private static SimulationReport starter() throws Exception {
		WorkspaceFiles files = WorkspaceReader.files(Path.of("sample-policies/04-product-policies-before-cors"),
				ArchiveLimits.DEFAULTS);
		return new Simulator().simulate(files, new WorkspaceReader().read(files),
				new ScenarioReader().read(files.text("scenario.json").orElseThrow()));
	}

	@Test
	void writesTheFieldsOfTheSpec() throws Exception {
		JsonNode json = JsonMapper.builder().build().readTree(new SimulationJson().write(starter()));

		assertThat(names(json)).containsSubsequence("scenario", "profile", "requests", "summary");
		assertThat(names(json.get("profile"))).containsExactly("name", "terminateUnmatchedDefault",
				"corsHeadersOnLaterErrors", "subscriptionCheckBeforePolicies");
		JsonNode throttled = json.get("requests").get(5);
		assertThat(names(throttled)).containsSubsequence("name", "index", "repeat", "at", "preflight", "actual", "outcome",
				"corsError", "console", "status", "readable", "causes", "expectation");
		assertThat(names(throttled.get("actual"))).containsSubsequence("request", "response", "trace");
		assertThat(names(throttled.get("actual").get("request"))).containsExactly("method", "url", "headers");
		assertThat(names(throttled.get("actual").get("response"))).containsExactly("status", "headers", "body");
		assertThat(names(throttled.get("actual").get("trace").get(0))).containsExactly("section", "policy", "scope",
				"scopeName", "file", "line", "column", "outcome", "detail", "basis");
		assertThat(names(throttled.get("causes").get(0))).containsSubsequence("rule", "severity", "message", "file",
				"line", "column", "scope", "scopeName");
		assertThat(throttled.get("causes").get(0).get("scopeName").asString()).isEqualTo("starter");
		assertThat(names(throttled.get("expectation"))).containsExactly("expected", "met");
		assertThat(names(json.get("summary"))).containsExactly("requests", "delivered", "blocked", "expectationsFailed");
		assertThat(json.get("summary").get("requests").asInt()).isEqualTo(12);
		assertThat(json.get("summary").get("blocked").asInt()).isEqualTo(1);
	}

	@Test
	void tellsThatTheBrowserSaysCorsWhileTheGatewayAnswered429() throws Exception {
		String text = new SimulationText().write(starter());

		assertThat(text).contains("== load orders (Starter), repeat 5, at 5.0 s: BLOCKED (expected delivered: NOT MET)\n"
				+ "    GET https://contoso.azure-api.net/orders/42?expand=lines from https://portal.contoso.com\n"
				+ "    Preflight: from the browser's cache\n"
				+ "    Request: the gateway answered 429 (error, API orders, operation get-order, product starter)\n"
				+ "    The browser says CORS (MissingAllowOriginHeader), but the gateway answered 429 from rate-limit at "
				+ "products/starter/policy.xml:4:5 before cors (policy.xml:3:5) could run.\n");
		assertThat(text).contains("2. cors-not-first at products/starter/policy.xml:4:5 [error]")
			.contains("Fix: Move <base /> to the top of <inbound> in products/starter/policy.xml")
			.contains("+    <base />");
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
