package dev.policysim.simulation;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's causes that no sample shows, each on a small workspace run through the real
 * browser model and gateway: the rule ids in order with their places, and, where the cause has a
 * patch, that applying it makes the request's expectation pass.
 */
class CauseCatalogueTests {

	private static final String SPEC = """
			openapi: 3.0.1
			info: {title: Orders, version: "1"}
			paths:
			  /{id}:
			    get:
			      operationId: get-order
			      responses: {"200": {description: ok}}
			    put:
			      operationId: update-order
			      responses: {"200": {description: ok}}
			""";

	private static final String CORS = """
			    <cors allow-credentials="false" terminate-unmatched-request="false">
			      <allowed-origins>
			        <origin>https://portal.contoso.com</origin>
			      </allowed-origins>
			%s
			      <allowed-headers>
			        <header>Content-Type</header>
			      </allowed-headers>
			    </cors>
			""";

	private static final String GET_ONLY = """
			      <allowed-methods>
			        <method>GET</method>
			      </allowed-methods>""";

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("method not in allowed-methods", global(CORS.formatted(GET_ONLY)), request("PUT", "/orders/42",
						"\"headers\": {\"Content-Type\": \"application/json\"}"),
						List.of("method-not-allowed at policy.xml:3:5"), true),
				Arguments.of("allowed-methods left out", global(CORS.formatted("")), request("PUT", "/orders/42",
						"\"headers\": {\"Content-Type\": \"application/json\"}"),
						List.of("method-not-allowed at policy.xml:3:5", "cors-methods-default at policy.xml:3:5"), true),
				Arguments.of("credentials not allowed", global(CORS.formatted(GET_ONLY)),
						request("GET", "/orders/42", "\"credentials\": \"include\""),
						List.of("credentials-not-allowed at policy.xml:3:5"), true),
				Arguments.of("header read but not exposed", global(CORS.formatted(GET_ONLY)),
						request("GET", "/orders/42", "\"read\": [\"X-Request-Id\"], \"backend\": {\"headers\": {\"X-Request-Id\": \"r-1\"}}"),
						List.of("expose-header-missing at policy.xml:3:5"), false),
				Arguments.of("invalid subscription key", global(CORS.formatted(GET_ONLY)),
						request("GET", "/orders/42?subscription-key=nobody", ""),
						List.of("error-before-cors (no source element)", "subscription-key-invalid (no source element)"), false),
				Arguments.of("no API matches", global(CORS.formatted(GET_ONLY)), request("GET", "/nothing/here", ""),
						List.of("error-before-cors (no source element)"), false),
				Arguments.of("a broader policy fails before a narrower cors",
						files("""
								<policies>
								  <inbound>
								    <ip-filter action="forbid">
								      <address>198.51.100.1</address>
								    </ip-filter>
								  </inbound>
								  <backend>
								    <forward-request />
								  </backend>
								</policies>
								""", "<policies>\n  <inbound>\n    <base />\n" + CORS.formatted(GET_ONLY) + "  </inbound>\n</policies>\n"),
						request("GET", "/orders/42", ""),
						List.of("error-before-cors at policy.xml:3:5", "cors-not-first at policy.xml:3:5"), true),
				Arguments.of("an expression outside the subset",
						files(global(CORS.formatted(GET_ONLY)).get("policy.xml"), """
								<policies>
								  <inbound>
								    <base />
								    <choose>
								      <when condition="@(context.Request.Body.As&lt;JObject&gt;()[&quot;x&quot;] != null)">
								        <set-header name="X-Has-X" exists-action="override">
								          <value>yes</value>
								        </set-header>
								      </when>
								    </choose>
								  </inbound>
								</policies>
								"""),
						request("GET", "/orders/42", ""), List.of("expression-not-evaluated at apis/orders/policy.xml:5:7"),
						false),
				Arguments.of("cors only inside choose", global("""
						    <choose>
						      <when condition="@(true)">
						""" + CORS.formatted(GET_ONLY).indent(4) + """
						      </when>
						    </choose>
						"""), request("GET", "/orders/42", "\"headers\": {\"Ocp-Apim-Subscription-Key\": \"starter-key\"}"),
						List.of("error-before-cors (no source element)", "subscription-key-missing (no source element)",
								"cors-in-choose at policy.xml:3:5", "cors-missing at apis/orders/policy.xml:2:3"),
						true),
				Arguments.of("an OPTIONS operation takes the preflight", withOptions(global(CORS.formatted("""
						      <allowed-methods>
						        <method>GET</method>
						        <method>PUT</method>
						      </allowed-methods>"""))),
						request("PUT", "/orders/42", "\"headers\": {\"Content-Type\": \"application/json\"}"),
						List.of("options-operation-bypass at apis/orders/specification.yaml:12:7"), false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void explainsTheOutcomeAndFixesIt(String rule, Map<String, String> files, String scenario, List<String> causes,
			boolean fixable) {
		WorkspaceFiles workspace = workspace(files, scenario);
		RequestResult result = simulate(workspace).results().get(0);

		assertThat(result.diagnosis().causes()).map(CauseCatalogueTests::describe).isEqualTo(causes);
		List<Patch> patches = result.diagnosis().suggestedPatches();
		assertThat(patches.isEmpty()).isEqualTo(!fixable);
		for (Patch patch : patches) {
			workspace = workspace.with(patch.file(), patch.text().getBytes(StandardCharsets.UTF_8));
		}
		if (fixable) {
			RequestResult fixed = simulate(workspace).results().get(0);
			assertThat(fixed.expectationMet()).as(fixed.diagnosis().headline()).isTrue();
			assertThat(fixed.diagnosis().causes()).isEmpty();
		}
	}

	private static SimulationReport simulate(WorkspaceFiles files) {
		return new Simulator().simulate(files, new WorkspaceReader().read(files),
				new ScenarioReader().read(files.text("scenario.json").orElseThrow()));
	}

	private static Map<String, String> global(String cors) {
		return files("<policies>\n  <inbound>\n" + cors + "  </inbound>\n  <backend>\n    <forward-request />\n"
				+ "  </backend>\n</policies>\n", "<policies>\n  <inbound>\n    <base />\n  </inbound>\n</policies>\n");
	}

	private static Map<String, String> withOptions(Map<String, String> files) {
		Map<String, String> changed = new LinkedHashMap<>(files);
		changed.put("apis/orders/specification.yaml", SPEC + """
				    options:
				      operationId: preflight-order
				      responses: {"200": {description: ok}}
				""");
		return changed;
	}

	private static Map<String, String> files(String global, String api) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("policy.xml", global);
		files.put("apis/orders/apiInformation.json", "{\"properties\": {\"path\": \"orders\"}}");
		files.put("apis/orders/specification.yaml", SPEC);
		files.put("apis/orders/policy.xml", api);
		files.put("products/starter/productInformation.json",
				"{\"properties\": {\"displayName\": \"Starter\", \"subscriptionRequired\": true, \"state\": \"published\"}}");
		files.put("products/starter/apis.json", "[\"orders\"]");
		return files;
	}

	/** One request expected to be delivered; the Starter key goes in the query unless the URL has one. */
	private static String request(String method, String url, String more) {
		boolean keyed = url.contains("subscription-key") || url.startsWith("/nothing") || more.contains("Ocp-Apim");
		String target = keyed ? url
				: url + "?subscription-key=starter-key";
		return """
				{ "gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com",
				  "subscriptions": [ { "name": "s", "scope": "/products/starter", "key": "starter-key" } ],
				  "requests": [ { "method": "%s", "url": "%s", "expect": "delivered"%s } ] }
				""".formatted(method, target, more.isEmpty() ? "" : ", " + more);
	}

	private static WorkspaceFiles workspace(Map<String, String> files, String scenario) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
		bytes.put("scenario.json", scenario.getBytes(StandardCharsets.UTF_8));
		return WorkspaceFiles.of(bytes);
	}

	private static String describe(Cause cause) {
		return cause.rule() + cause.location().map((location) -> " at " + location.file() + ":" + location.line() + ":"
				+ location.column()).orElse(" (no source element)");
	}

}
