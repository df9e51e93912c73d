package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.apiInformation;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code file-invalid}: JSON, YAML and OpenAPI files that cannot be used, and bad lint settings. */
class FileInvalidTests {

	@Test
	void reportsMalformedJsonAtTheSyntaxError() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE),
				"apis/orders/apiInformation.json", "{\"properties\": {\"path\": \"orders\",}}"));

		assertThat(places(report, "file-invalid")).containsExactly("apis/orders/apiInformation.json:1:34");
		assertThat(of(report, "file-invalid").get(0).scope()).hasValueSatisfying(
				(scope) -> assertThat(scope.toString()).isEqualTo("api orders"));
	}

	@Test
	void reportsValueOfWrongTypeAtItsName() {
		LintReport report = lint(files("apis/orders/apiInformation.json", """
				{"properties": {
				  "subscriptionRequired": "yes"
				}}
				"""));

		assertThat(places(report, "file-invalid")).containsExactly("apis/orders/apiInformation.json:2:3");
	}

	@Test
	void reportsUnknownRuleIdInSettingsNamingTheValidIds() {
		LintReport report = lint(files("policy.xml", global(CORS), "policysim.json", """
				{
				  "rules": {
				    "cors-duplicat": "off"
				  }
				}
				"""));

		assertThat(places(report, "file-invalid")).containsExactly("policysim.json:3:5");
		assertThat(of(report, "file-invalid").get(0).message()).contains("cors-duplicat").contains("cors-duplicate");
	}

	@Test
	void staysSilentForValidFiles() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/apiInformation.json",
				apiInformation(true, "Ocp-Apim-Subscription-Key"), "policysim.json", "{\"rules\": {}}"));

		assertThat(places(report, "file-invalid")).isEmpty();
	}

}
