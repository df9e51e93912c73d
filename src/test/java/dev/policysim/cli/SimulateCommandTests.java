package dev.policysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code simulate} command: exit 0 when every expectation is met, 1 when one is not, 2 for unusable input. */
class SimulateCommandTests {

	private static final Path ROOT = Path.of("target", "simulate-command-tests");

	private static final String HEALTHY = "sample-policies/00-healthy-reference";

	private static final String RATE_LIMIT = "sample-policies/03-rate-limit-before-cors";

	@BeforeAll
	static void writeInputs() throws Exception {
		Files.createDirectories(ROOT);
		write("not-json.har", "<html>this is not a HAR</html>");
		write("not-a-har.har", "{\"entries\": []}");
		write("unknown-field.json", """
				{ "gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com",
				  "requests": [ { "url": "/orders/42", "colour": "blue" } ] }
				""");
		write("other-host.json", """
				{ "gateway": "https://contoso.azure-api.net", "page": "https://portal.contoso.com",
				  "requests": [ { "url": "https://evil.example/orders/42" } ] }
				""");
		write("broken.zip", "PK\u0003\u0004 not a zip");
		Files.write(ROOT.resolve("healthy.zip"),
				WorkspaceReader.files(Path.of(HEALTHY), ArchiveLimits.DEFAULTS).toZip());
		Path broken = ROOT.resolve("broken-files");
		copy(Path.of(RATE_LIMIT), broken);
		Files.writeString(broken.resolve("products/unlimited/policy.xml"), "<policies><inbound><base /></inbound",
				StandardCharsets.UTF_8);
	}

	@Test
	void exitsWithZeroWhenEveryExpectationIsMet() {
		Result result = execute("simulate", HEALTHY);

		assertThat(result.code()).isZero();
		assertThat(result.out()).startsWith("Scenario: Healthy reference")
			.contains("== another site loads the order, repeat 0, at 20.0 s: BLOCKED (as expected)")
			.endsWith("8 requests: 7 delivered, 1 blocked; every expectation met.\n");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void exitsWithOneAndTellsTheIncidentWhenAnExpectationIsNotMet() {
		Result result = execute("simulate", RATE_LIMIT);

		assertThat(result.code()).isEqualTo(1);
		assertThat(result.out()).contains("== load order, repeat 5, at 5.0 s: BLOCKED (expected delivered: NOT MET)")
			.contains("The browser says CORS (MissingAllowOriginHeader), but the gateway answered 429 from rate-limit at "
					+ "apis/orders/policy.xml:4:5 before cors (apis/orders/policy.xml:5:5) could run.")
			.contains("Console: Access to fetch at 'https://contoso.azure-api.net/orders/42' from origin "
					+ "'https://portal.contoso.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' "
					+ "header is present on the requested resource.")
			.contains("2. cors-not-first at apis/orders/policy.xml:4:5 [error]")
			.contains("Patch for apis/orders/policy.xml:")
			.endsWith("6 requests: 5 delivered, 1 blocked; 1 expectation not met.\n");
	}

	@Test
	void printsTheReportAsJsonAloneOnStdout() {
		Result result = execute("simulate", RATE_LIMIT, "--format", "json");

		assertThat(result.code()).isEqualTo(1);
		JsonNode json = JsonMapper.builder().build().readTree(result.out());
		assertThat(json.get("profile").get("name").asString()).isEqualTo("apim-2026-11");
		assertThat(json.get("summary").get("expectationsFailed").asInt()).isEqualTo(1);
		JsonNode sixth = json.get("requests").get(5);
		assertThat(sixth.get("repeat").asInt()).isEqualTo(5);
		assertThat(sixth.get("at").asDouble()).isEqualTo(5.0);
		assertThat(sixth.get("preflight").get("fromCache").asBoolean()).isTrue();
		assertThat(sixth.get("actual").get("response").get("status").asInt()).isEqualTo(429);
		assertThat(sixth.get("status").isNull()).isTrue();
		assertThat(sixth.get("corsError").asString()).isEqualTo("MissingAllowOriginHeader");
		assertThat(sixth.get("causes").get(0).get("rule").asString()).isEqualTo("error-before-cors");
		assertThat(sixth.get("causes").get(1).get("patches").get(0).get("diff").asString())
			.startsWith("--- a/apis/orders/policy.xml\n+++ b/apis/orders/policy.xml\n");
		assertThat(sixth.get("expectation").get("met").asBoolean()).isFalse();
		JsonNode first = json.get("requests").get(0);
		assertThat(first.get("preflight").get("request").get("method").asString()).isEqualTo("OPTIONS");
		assertThat(first.get("actual").get("trace").get(0).has("basis")).isTrue();
	}

	@Test
	void readsAZippedWorkspaceWithItsScenario() {
		assertThat(execute("simulate", ROOT.resolve("healthy.zip").toString(), "--format", "json").code()).isZero();
	}

	@Test
	void simulatesAWorkspaceWithABrokenFileAndWarnsAboutIt() {
		Result result = execute("simulate", ROOT.resolve("broken-files").toString());

		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).startsWith("warning: products/unlimited/policy.xml:1:")
			.contains("(simulating without it)")
			.doesNotContain("Exception");
		assertThat(result.out()).contains("Warning: products/unlimited/policy.xml:1:")
			.contains("(the simulation ran without this file)")
			.contains("6 requests: 5 delivered, 1 blocked");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			unknown field in the scenario | --scenario target/simulate-command-tests/unknown-field.json | target/simulate-command-tests/unknown-field.json:2:40: requests[0].colour: unknown field
			request on another host       | --scenario target/simulate-command-tests/other-host.json    | target/simulate-command-tests/other-host.json:2:26: requests[0].url: 'https://evil.example/orders/42' is not on the gateway https://contoso.azure-api.net
			HAR that is not JSON          | --scenario target/simulate-command-tests/not-json.har       | target/simulate-command-tests/not-json.har:1:1: not valid JSON
			JSON that is not a HAR        | --scenario target/simulate-command-tests/not-a-har.har      | target/simulate-command-tests/not-a-har.har:1:1: not a HAR file
			missing scenario file         | --scenario target/simulate-command-tests/nowhere.json       | target/simulate-command-tests/nowhere.json: no such file
			unknown format                | --format yaml                                                | 'yaml' is not a format; use text or json
			""")
	void refusesUnusableInputWithOneClearLine(String rule, String option, String message) {
		List<String> args = new ArrayList<>(List.of("simulate", HEALTHY));
		args.addAll(List.of(option.split(" ")));

		Result result = execute(args.toArray(String[]::new));

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().lines().findFirst().orElseThrow()).startsWith("error: ").contains(message);
		assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing workspace        | target/simulate-command-tests/nowhere    | does not exist
			broken zip               | target/simulate-command-tests/broken.zip | cannot load the workspace
			workspace with no scenario | src/test/resources/workspaces/contoso  | holds no scenario.json; name a scenario with --scenario FILE
			""")
	void refusesAWorkspaceItCannotUse(String rule, String workspace, String message) {
		Result result = execute("simulate", workspace);

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: ").contains(message).doesNotContain("\tat ");
	}

	private static void write(String name, String text) throws IOException {
		Files.writeString(ROOT.resolve(name), text, StandardCharsets.ISO_8859_1);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (var paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static Result execute(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PolicySimCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(code, out.toString(), err.toString());
	}

	private record Result(int code, String out, String err) {
	}

}
