package dev.policysim.effective;

import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The effective policy as the JSON of formats.md §5, with its optional extras. */
class EffectivePolicyJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	@Test
	void writesTheContextSectionsAndCutOffs() {
		Workspace workspace = new WorkspaceFixture().global(EffectivePolicyXmlTests.GLOBAL)
			.product("starter", EffectivePolicyXmlTests.STARTER, "orders")
			.api("orders", EffectivePolicyXmlTests.ORDERS)
			.build();
		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders", Optional.empty(), Optional.of("starter")));

		JsonNode json = MAPPER.readTree(new EffectivePolicyJson().write(policy));

		assertThat(json.get("api").asString()).isEqualTo("orders");
		assertThat(json.get("operation").isNull()).isTrue();
		assertThat(json.get("product").asString()).isEqualTo("starter");
		assertThat(json.get("sections").propertyNames()).containsExactly("inbound", "backend", "outbound", "on-error");
		JsonNode cors = json.get("sections").get("inbound").get(0);
		assertThat(cors.propertyNames()).containsExactly("policy", "scope", "scopeName", "file", "line", "column", "xml");
		assertThat(cors.get("policy").asString()).isEqualTo("cors");
		assertThat(cors.get("scope").asString()).isEqualTo("global");
		assertThat(cors.get("scopeName").isNull()).isTrue();
		assertThat(cors.get("file").asString()).isEqualTo("policy.xml");
		assertThat(cors.get("line").asInt()).isEqualTo(3);
		assertThat(cors.get("column").asInt()).isEqualTo(9);
		assertThat(cors.get("xml").asString()).startsWith("<cors allow-credentials=\"false\">\n    <allowed-origins>");
		assertThat(json.get("sections").get("inbound").valueStream().map((element) -> element.get("scopeName").asString(null)))
			.containsExactly(null, "starter", "orders");
		assertThat(json.get("sections").get("on-error").isEmpty()).isTrue();
		JsonNode cutOff = json.get("cutOff").get(0);
		assertThat(json.get("cutOff").size()).isEqualTo(1);
		assertThat(cutOff.get("section").asString()).isEqualTo("outbound");
		assertThat(cutOff.get("scope").asString()).isEqualTo("product");
		assertThat(cutOff.get("scopeName").asString()).isEqualTo("starter");
		assertThat(cutOff.get("because").asString()).isEqualTo("apis/orders/policy.xml outbound has no <base/>");
		assertThat(cutOff.get("cause").get("file").asString()).isEqualTo("apis/orders/policy.xml");
		assertThat(cutOff.get("cause").get("line").asInt()).isEqualTo(6);
		assertThat(json.get("problems").isEmpty()).isTrue();
	}

	@Test
	void writesFragmentOriginsNamedValuesAndProblems() {
		Workspace workspace = new WorkspaceFixture()
			.namedValue("origin", "origin", "https://app.contoso.com", false)
			.fragment("headers", "<fragment>\n    <set-header name=\"{{origin}}\" exists-action=\"override\" />\n</fragment>")
			.api("orders", """
					<policies>
					    <inbound>
					        <include-fragment fragment-id="headers" />
					        <choose><when condition="@(true)"><include-fragment fragment-id="headers" /></when></choose>
					        <include-fragment fragment-id="missing" />
					    </inbound>
					</policies>
					""")
			.operation("orders", "get-order", null)
			.build();
		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders", Optional.of("get-order"), Optional.empty()));

		JsonNode json = MAPPER.readTree(new EffectivePolicyJson().write(policy));

		assertThat(json.get("operation").asString()).isEqualTo("get-order");
		assertThat(json.get("product").isNull()).isTrue();
		JsonNode inbound = json.get("sections").get("inbound");
		assertThat(inbound.valueStream().map((element) -> element.get("policy").asString()))
			.containsExactly("set-header", "choose", "include-fragment");
		JsonNode inlined = inbound.get(0);
		assertThat(inlined.get("file").asString()).isEqualTo("policy fragments/headers/policy.xml");
		assertThat(inlined.get("line").asInt()).isEqualTo(2);
		assertThat(inlined.get("scope").asString()).isEqualTo("api");
		assertThat(inlined.get("fragment").get("id").asString()).isEqualTo("headers");
		assertThat(inlined.get("fragment").get("includedAt").get("file").asString()).isEqualTo("apis/orders/policy.xml");
		assertThat(inlined.get("fragment").get("includedAt").get("line").asInt()).isEqualTo(3);
		assertThat(inlined.get("namedValues").get(0).get("name").asString()).isEqualTo("origin");
		assertThat(inlined.get("namedValues").get(0).get("secret").asBoolean()).isFalse();
		assertThat(inlined.get("xml").asString())
			.isEqualTo("<set-header name=\"https://app.contoso.com\" exists-action=\"override\" />");
		assertThat(inbound.get(1).get("nestedFragments").get(0).get("id").asString()).isEqualTo("headers");
		assertThat(inbound.get(1).has("fragment")).isFalse();
		assertThat(json.get("problems").valueStream().map((problem) -> problem.get("rule").asString()).toList())
			.isEqualTo(List.of("fragment-missing"));
		assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(5);
	}

}
