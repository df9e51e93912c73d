package dev.policysim.analysis;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.summary;
import static dev.policysim.analysis.LintFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code policysim.json}: rules switched off or re-graded; what cannot apply is reported, the rest applies. */
class LintSettingsTests {

	private static final String LEFT_OUT = global(CORS.replace(" terminate-unmatched-request=\"false\"", "")
		.replace("https://portal.contoso.com", "https://*.contoso.com"));

	private static LintReport lintWith(String settings) {
		return lint(files("policy.xml", LEFT_OUT, "policysim.json", settings));
	}

	@Test
	void switchesRulesOffAndChangesSeverities() {
		LintReport report = lintWith("{\"rules\": {\"cors-terminate-default\": \"off\", \"cors-origin-invalid\": \"warning\"}}");

		assertThat(summary(report)).containsExactly("cors-origin-invalid warning policy.xml:3:5");
		assertThat(report.summary()).isEqualTo(new LintSummary(0, 1, 0));
	}

	@Test
	void withoutSettingsEveryRuleRunsAtItsOwnSeverity() {
		assertThat(summary(lint(files("policy.xml", LEFT_OUT)))).containsExactly(
				"cors-origin-invalid error policy.xml:3:5", "cors-terminate-default info policy.xml:3:5");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"rules\": {\"cors-terminate-defualt\": \"off\"}} | 1:12 | Unknown rule id \"cors-terminate-defualt\"",
			"{\"rules\": {\"cors-terminate-default\": \"loud\"}} | 1:12 | \"loud\" is not a level",
			"{\"rules\": {\"cors-terminate-default\": 3}} | 1:12 | \"3\" is not a level",
			"{\"rules\": [\"cors-terminate-default\"]} | 1:2 | \"rules\" should be an object",
			"{\"rule\": {}} | 1:2 | Unknown setting \"rule\"",
			"{\"profile\": {\"terminateUnmatchedDefault\": \"no\"}} | 1:14 | should be true or false",
			"{\"profile\": {\"corsHeadersOnLaterErrors\": true}} | 1:14 | Unknown profile setting",
			"[1, 2] | 1:1 | Expected a JSON object",
			"{\"rules\": {\"cors-terminate-default\": \"off\" | 1:43 | Not valid JSON" })
	void reportsWhatCannotApplyAtItsPosition(String settings, String position, String message) {
		LintReport report = lintWith(settings);

		assertThat(places(report, "file-invalid")).containsExactly("policysim.json:" + position);
		assertThat(of(report, "file-invalid").get(0).message()).contains(message);
		assertThat(of(report, "file-invalid").get(0).scope()).isEmpty();
	}

	@Test
	void namesTheValidRuleIdsForAnUnknownOne() {
		LintReport report = lintWith("{\"rules\": {\"cors-duplicat\": \"off\"}}");

		assertThat(of(report, "file-invalid").get(0).message()).contains(String.join(", ", Rules.ids()));
	}

	@Test
	void appliesTheValidEntriesBesideInvalidOnes() {
		LintReport report = lintWith("{\"rules\": {\"nope\": \"off\", \"cors-terminate-default\": \"off\"}}");

		assertThat(places(report, "cors-terminate-default")).isEmpty();
		assertThat(places(report, "file-invalid")).hasSize(1);
	}

	@Test
	void readsTheProfileSetting() {
		LintSettings settings = LintSettings.read(workspace(Map.of("policysim.json",
				"{\"$schema\": \"x\", \"profile\": {\"terminateUnmatchedDefault\": false}}")));

		assertThat(settings.terminateUnmatchedDefault()).isFalse();
		assertThat(settings.problems()).isEmpty();
		assertThat(LintSettings.read(workspace(Map.of()))).isEqualTo(LintSettings.DEFAULTS);
	}

}
