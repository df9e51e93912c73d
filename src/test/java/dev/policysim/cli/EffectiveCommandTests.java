package dev.policysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code effective} command: the result alone on stdout, exit 2 with one clear line otherwise. */
class EffectiveCommandTests {

	private static final Path ROOT = Path.of("target", "effective-command-tests");

	private static final Path WORKSPACE = ROOT.resolve("contoso");

	private static final Map<String, String> FILES = Map.of(
			"policy.xml", """
					<policies>
					    <inbound>
					        <cors allow-credentials="false">
					            <allowed-origins><origin>{{portal-origin}}</origin></allowed-origins>
					        </cors>
					    </inbound>
					    <backend><forward-request /></backend>
					    <outbound><set-header name="x-global" exists-action="override"><value>1</value></set-header></outbound>
					</policies>
					""",
			"named values/portal-origin/namedValueInformation.json", """
					{"properties": {"displayName": "portal-origin", "value": "https://portal.contoso.com", "secret": false}}
					""",
			"products/starter/productInformation.json", """
					{"properties": {"displayName": "Starter", "subscriptionRequired": true, "state": "published"}}
					""",
			"products/starter/apis.json", "[\"orders\"]",
			"products/starter/policy.xml", """
					<policies>
					    <inbound><base /><rate-limit calls="5" renewal-period="60" /></inbound>
					</policies>
					""",
			"products/unlimited/productInformation.json", """
					{"properties": {"displayName": "Unlimited", "subscriptionRequired": true, "state": "published"}}
					""",
			"apis/orders/apiInformation.json", "{\"properties\": {\"path\": \"orders\"}}",
			"apis/orders/specification.yaml", """
					openapi: 3.0.1
					info: {title: Orders, version: "1"}
					paths:
					  /{id}:
					    get:
					      operationId: get-order
					      responses: {"200": {description: ok}}
					  /:
					    get:
					      operationId: list-orders
					      responses: {"200": {description: ok}}
					""",
			"apis/orders/policy.xml", """
					<policies>
					    <inbound><base /><set-header name="x-api" exists-action="override"><value>orders</value></set-header></inbound>
					    <outbound><set-header name="x-out" exists-action="override"><value>{{missing}}</value></set-header></outbound>
					</policies>
					""",
			"apis/orders/operations/get-order/policy.xml", """
					<policies>
					    <inbound><base /><set-variable name="op" value="get-order" /></inbound>
					</policies>
					""");

	@BeforeAll
	static void writeWorkspace() throws IOException {
		for (Map.Entry<String, String> file : FILES.entrySet()) {
			Path path = WORKSPACE.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
		}
		Files.writeString(ROOT.resolve("broken.zip"), "PK\u0003\u0004 this is not really a zip", StandardCharsets.ISO_8859_1);
	}

	@Test
	void printsTheEffectivePolicyAsJsonOnStdoutAlone() {
		Result result = run("--api", "orders", "--operation", "get-order", "--product", "starter", "--format", "json");

		assertThat(result.code()).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(result.out());
		assertThat(json.get("api").asString()).isEqualTo("orders");
		assertThat(json.get("operation").asString()).isEqualTo("get-order");
		assertThat(json.get("product").asString()).isEqualTo("starter");
		assertThat(json.get("sections").get("inbound").valueStream().map((policy) -> policy.get("policy").asString()))
			.containsExactly("cors", "rate-limit", "set-header", "set-variable");
		assertThat(json.get("sections").get("inbound").get(0).get("xml").asString()).contains("https://portal.contoso.com");
		assertThat(json.get("cutOff").get(0).get("scope").asString()).isEqualTo("global");
		assertThat(json.get("cutOff").get(0).get("because").asString())
			.isEqualTo("apis/orders/policy.xml outbound has no <base/>");
		assertThat(result.err()).contains("warning: apis/orders/policy.xml:3:")
			.contains("{{missing}} names no named value")
			.doesNotContain("error");
	}

	@Test
	void printsTheApiLevelPolicyWithNoProductAsXmlByDefault() {
		Result result = run("--api", "orders");

		assertThat(result.code()).isZero();
		assertThat(result.out()).startsWith("<!--effective policy for API orders with no product-->\n<policies>\n")
			.contains("<!--base: Begin Global scope-->")
			.doesNotContain("rate-limit")
			.doesNotContain("get-order");
	}

	@Test
	void acceptsNoProductExplicitly() {
		assertThat(run("--api", "orders", "--no-product", "--format", "JSON").code()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown API                | --api shipping                                | error: unknown API 'shipping'; the workspace's APIs are: orders
			unknown operation          | --api orders --operation delete-all          | error: API 'orders' has no operation 'delete-all'; its operations are: get-order, list-orders
			unknown product            | --api orders --product gold                  | error: unknown product 'gold'; the products containing API 'orders' are: starter
			product without the API    | --api orders --product unlimited             | error: product 'unlimited' does not contain API 'orders'; the products containing API 'orders' are: starter
			""")
	void refusesUnknownNamesListingTheValidOnes(String rule, String arguments, String message) {
		Result result = run(arguments.split(" "));

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.errLines()).containsExactly(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			missing workspace       | target/effective-command-tests/nowhere     | --api orders                               | does not exist
			broken zip              | target/effective-command-tests/broken.zip  | --api orders                               | cannot load the workspace
			product and no product  | target/effective-command-tests/contoso     | --api orders --product starter --no-product | mutually exclusive
			unknown format          | target/effective-command-tests/contoso     | --api orders --format yaml                 | 'yaml' is not a format; use xml or json
			no API                  | target/effective-command-tests/contoso     | --operation get-order                      | Missing required option: '--api=A'
			""")
	void refusesUnusableInputWithOneClearLine(String rule, String workspace, String arguments, String message) {
		List<String> args = new ArrayList<>(List.of("effective", workspace));
		args.addAll(List.of(arguments.split(" ")));

		Result result = execute(args.toArray(String[]::new));

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.errLines().get(0)).startsWith("error: ").contains(message);
		assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static Result run(String... arguments) {
		List<String> args = new ArrayList<>(List.of("effective", WORKSPACE.toString()));
		args.addAll(List.of(arguments));
		return execute(args.toArray(String[]::new));
	}

	private static Result execute(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PolicySimCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(code, out.toString(), err.toString());
	}

	private record Result(int code, String out, String err) {

		List<String> errLines() {
			return this.err.lines().toList();
		}

	}

}
