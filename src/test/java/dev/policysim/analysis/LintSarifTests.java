package dev.policysim.analysis;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF log has the structure GitHub code scanning reads. */
class LintSarifTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Map<String, String> FILES = files("policy.xml",
			global(CORS.replace(" terminate-unmatched-request=\"false\"", "")), "apis/orders/policy.xml",
			policy("<rate-limit calls=\"5\" renewal-period=\"60\" />\n" + BASE), "policy fragments/shared files/policy.xml",
			"<fragment><base /></fragment>");

	private static JsonNode sarif(Map<String, String> files) {
		LintSarif writer = new LintSarif("1.2.3", Optional.of(URI.create("https://example.org/policysim")));
		return MAPPER.readTree(writer.write(lint(files), SourceLines.of(workspace(files))));
	}

	@Test
	void isOneRunOfSarif210WithItsSchema() {
		JsonNode sarif = sarif(FILES);

		assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
		assertThat(sarif.get("$schema").asString()).isEqualTo(LintSarif.SCHEMA.toString());
		assertThat(sarif.get("runs")).hasSize(1);
		JsonNode driver = sarif.get("runs").get(0).get("tool").get("driver");
		assertThat(driver.get("name").asString()).isEqualTo("apim-policy-simulator");
		assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
		assertThat(driver.get("informationUri").asString()).isEqualTo("https://example.org/policysim");
	}

	@Test
	void describesEveryRuleWithHelpAndDefaultLevel() {
		JsonNode rules = sarif(FILES).get("runs").get(0).get("tool").get("driver").get("rules");

		List<String> ids = new ArrayList<>();
		rules.forEach((rule) -> ids.add(rule.get("id").asString()));
		assertThat(ids).containsExactlyElementsOf(Rules.ids());
		for (JsonNode rule : rules) {
			assertThat(rule.get("name").asString()).isNotBlank();
			assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
			assertThat(rule.get("fullDescription").get("text").asString()).isNotBlank();
			assertThat(rule.get("help").get("text").asString()).contains("Fix:").contains("Bad:").contains("Good:");
			assertThat(rule.get("help").get("markdown").asString()).contains("```xml");
			assertThat(rule.get("helpUri").asString()).startsWith("https://");
			assertThat(rule.get("defaultConfiguration").get("level").asString()).isIn("error", "warning", "note");
		}
	}

	@Test
	void pointsEachResultAtItsRuleAndARelativeLocation() {
		JsonNode run = sarif(FILES).get("runs").get(0);
		JsonNode rules = run.get("tool").get("driver").get("rules");

		assertThat(run.get("results")).hasSize(3);
		for (JsonNode result : run.get("results")) {
			int index = result.get("ruleIndex").asInt();
			assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
			assertThat(result.get("level").asString()).isIn("error", "warning", "note", "none");
			assertThat(result.get("message").get("text").asString()).isNotBlank();
			JsonNode location = result.get("locations").get(0).get("physicalLocation");
			String uri = location.get("artifactLocation").get("uri").asString();
			assertThat(URI.create(uri).isAbsolute()).isFalse();
			assertThat(uri).doesNotStartWith("/");
			assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
			assertThat(location.get("region").get("startLine").asInt()).isPositive();
			assertThat(location.get("region").get("startColumn").asInt()).isPositive();
			assertThat(result.get("partialFingerprints").get(LintSarif.FINGERPRINT).asString()).hasSize(32);
		}
		assertThat(run.get("results").get(0).get("level").asString()).isEqualTo("note");
		assertThat(run.get("results").get(2).get("locations").get(0).get("physicalLocation").get("artifactLocation")
			.get("uri").asString()).isEqualTo("policy%20fragments/shared%20files/policy.xml");
	}

	@Test
	void spellsOutTheWarningLevelThatSarifWouldLeaveAsDefault() {
		JsonNode run = sarif(files("policy.xml", global(CORS + "\n<rate-limt />"))).get("runs").get(0);

		assertThat(run.get("results").get(0).get("ruleId").asString()).isEqualTo("policy-unknown");
		assertThat(run.get("results").get(0).get("level").asString()).isEqualTo("warning");
		assertThat(run.get("tool").get("driver").get("rules").get(4).get("defaultConfiguration").get("level").asString())
			.isEqualTo("warning");
	}

	@Test
	void keepsFingerprintsWhenLinesAreAddedAbove() {
		Map<String, String> moved = files("policy.xml", "<!-- moved down -->\n" + FILES.get("policy.xml"),
				"apis/orders/policy.xml", "\n\n" + FILES.get("apis/orders/policy.xml"));
		Map<String, String> original = files("policy.xml", FILES.get("policy.xml"), "apis/orders/policy.xml",
				FILES.get("apis/orders/policy.xml"));

		assertThat(fingerprints(sarif(moved))).isEqualTo(fingerprints(sarif(original)));
		assertThat(fingerprints(sarif(original))).hasSize(2);
	}

	private static Set<String> fingerprints(JsonNode sarif) {
		Set<String> fingerprints = new HashSet<>();
		sarif.get("runs").get(0).get("results")
			.forEach((result) -> fingerprints.add(result.get("partialFingerprints").get(LintSarif.FINGERPRINT).asString()));
		return fingerprints;
	}

}
