package dev.policysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTests {

	private static final String CASE = """
			{ "id": "orders-401",
			  "page": "https://portal.contoso.com",
			  "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders/42",
			               "headers": { "Ocp-Apim-Subscription-Key": "starter-key" }, "credentials": "same-origin" },
			  "preflightResponse": { "status": 401, "headers": { "WWW-Authenticate": "AzureApiManagementKey" } },
			  "response": { "status": 200, "headers": { "Access-Control-Allow-Origin": "*" } } }
			""";

	private static final String DELIVERED = """
			{ "id": "simple", "page": "https://portal.contoso.com",
			  "request": { "method": "GET", "url": "https://contoso.azure-api.net/orders/42" },
			  "response": { "status": 200, "headers": { "Access-Control-Allow-Origin": "https://portal.contoso.com",
			                "Content-Type": "application/json" } } }
			""";

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private Path dir;

	@BeforeEach
	void createFolder() throws IOException {
		this.dir = Files.createDirectories(Path.of("target", "explain-command-tests"));
	}

	@Test
	void explainsOneCaseAsJson() throws IOException {
		int code = run("explain", write("one.json", CASE), "--format", "json");
		assertThat(code).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.get("id").stringValue()).isEqualTo("orders-401");
		assertThat(json.get("preflightRequired").booleanValue()).isTrue();
		assertThat(json.get("preflightRequest").get("Access-Control-Request-Headers").stringValue())
			.isEqualTo("ocp-apim-subscription-key");
		assertThat(json.get("outcome").stringValue()).isEqualTo("blocked");
		assertThat(json.get("corsError").stringValue()).isEqualTo("PreflightMissingAllowOriginHeader");
		assertThat(json.get("console").stringValue()).startsWith(
				"Access to fetch at 'https://contoso.azure-api.net/orders/42' from origin 'https://portal.contoso.com' "
						+ "has been blocked by CORS policy: Response to preflight request");
		assertThat(json.get("fix").stringValue()).contains("cors policy first");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void explainsAnArrayAsAnArray() throws IOException {
		int code = run("explain", write("many.json", "[" + CASE + "," + DELIVERED + "]"), "--format", "json");
		assertThat(code).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(json.isArray()).isTrue();
		assertThat(json.get(1).get("outcome").stringValue()).isEqualTo("delivered");
		assertThat(json.get(1).get("status").intValue()).isEqualTo(200);
		assertThat(json.get(1).get("readable").get(0).stringValue()).isEqualTo("content-type");
	}

	@Test
	void writesAReadableBlockPerCaseByDefault() throws IOException {
		int code = run("explain", write("text.json", "[" + CASE + "," + DELIVERED + "]"));
		assertThat(code).isZero();
		assertThat(this.out.toString()).contains("orders-401: blocked (PreflightMissingAllowOriginHeader)",
				"  preflight: OPTIONS with Access-Control-Request-Method: GET, Access-Control-Request-Headers: "
						+ "ocp-apim-subscription-key",
				"  console: Access to fetch at", "  fix: ", "simple: delivered, status 200", "  readable: content-type");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bad JSON                 | { "page": "https://a.example",                                   | not valid JSON at line
			missing field            | { "page": "https://a.example", "response": { "status": 200 } }   | request: missing
			unknown credentials mode | { "page": "https://a.example", "request": { "method": "GET", "url": "https://b.example/x", "credentials": "always" }, "response": { "status": 200 } } | request.credentials: unknown value 'always'
			""")
	void rejectsBadInputWithOneLineNamingTheFileAndField(String title, String json, String message) throws IOException {
		Path file = writeFile("bad.json", json);
		int code = run("explain", file.toString());
		assertThat(code).isEqualTo(2);
		assertThat(this.out.toString()).isEmpty();
		assertThat(this.err.toString()).startsWith("error: " + file + ": ").contains(message);
		assertThat(this.err.toString().lines()).hasSize(1);
	}

	@Test
	void rejectsANonexistentFile() {
		int code = run("explain", this.dir.resolve("nowhere.json").toString());
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString()).isEqualTo("error: " + this.dir.resolve("nowhere.json") + ": no such file"
				+ System.lineSeparator());
	}

	@Test
	void rejectsAnUnknownFormat() throws IOException {
		int code = run("explain", write("one.json", CASE), "--format", "yaml");
		assertThat(code).isEqualTo(2);
		assertThat(this.err.toString()).contains("--format");
	}

	private int run(String... args) {
		return PolicySimCommand.execute(args, new PrintWriter(this.out), new PrintWriter(this.err));
	}

	private String write(String name, String content) throws IOException {
		return writeFile(name, content).toString();
	}

	private Path writeFile(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
