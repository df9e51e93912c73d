package dev.policysim.analysis;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON report has formats.md §5's shape, with every context as an extra. */
class LintJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static JsonNode json(Map<String, String> files) {
		return MAPPER.readTree(new LintJson().write(lint(files)));
	}

	@Test
	void writesEveryFieldOfTheFormat() {
		JsonNode json = json(files("policy.xml", global(CORS), "apis/test-api/specification.yaml",
				specification("GET /call get-test-call"), "apis/test-api/policy.xml", policy("<set-header name=\"X\" />")));

		JsonNode finding = json.get("findings").get(0);
		assertThat(finding.propertyNames()).containsExactly("rule", "severity", "message", "file", "line", "column", "scope",
				"scopeName", "context", "fix", "contexts");
		assertThat(finding.get("rule").asString()).isEqualTo("base-missing");
		assertThat(finding.get("severity").asString()).isEqualTo("error");
		assertThat(finding.get("file").asString()).isEqualTo("apis/test-api/policy.xml");
		assertThat(finding.get("line").asInt()).isEqualTo(2);
		assertThat(finding.get("column").asInt()).isEqualTo(3);
		assertThat(finding.get("scope").asString()).isEqualTo("api");
		assertThat(finding.get("scopeName").asString()).isEqualTo("test-api");
		assertThat(finding.get("context").get("api").asString()).isEqualTo("test-api");
		assertThat(finding.get("context").get("operation").asString()).isEqualTo("get-test-call");
		assertThat(finding.get("context").get("product").isNull()).isTrue();
		assertThat(finding.get("fix").asString()).contains("<base />");
		assertThat(finding.get("contexts")).hasSize(1);
		assertThat(json.get("summary").propertyNames()).containsExactly("error", "warning", "info");
		assertThat(json.get("summary").get("error").asInt()).isEqualTo(1);
	}

	@Test
	void writesNullContextAndScopeForProblemsOutsideAnyScope() {
		JsonNode json = json(files("policy fragments/f/policy.xml", "<fragment><base /></fragment>"));

		JsonNode finding = json.get("findings").get(0);
		assertThat(finding.get("rule").asString()).isEqualTo("fragment-invalid");
		assertThat(finding.get("scope").isNull()).isTrue();
		assertThat(finding.get("scopeName").isNull()).isTrue();
		assertThat(finding.get("context").isNull()).isTrue();
		assertThat(finding.get("contexts")).isEmpty();
	}

	@Test
	void writesTheGlobalScopeWithoutName() {
		JsonNode json = json(files("policy.xml", global(BASE + "\n" + CORS)));

		JsonNode finding = json.get("findings").get(0);
		assertThat(finding.get("scope").asString()).isEqualTo("global");
		assertThat(finding.get("scopeName").isNull()).isTrue();
		assertThat(json.get("exempted").asInt()).isZero();
	}

}
