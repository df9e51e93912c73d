package dev.policysim.analysis;

import java.util.List;
import java.util.Map;

import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.summary;
import static dev.policysim.analysis.LintFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The analyzer: bad files are findings, the rest is linted, findings come in a stable order. */
class AnalyzerTests {

	@Test
	void lintsTheRestOfAWorkspaceWhoseFilesCannotBeRead() {
		LintReport report = lint(files("policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "")),
				"products/starter/policy.xml", "<policies><inbound><base /></inbound",
				"apis/orders/apiInformation.json", "{\"properties\": ",
				"apis/orders/specification.yaml", "openapi: 3.0.1\npaths: [",
				"apis/orders/policy.xml", policy("<rate-limit calls=\"5\" renewal-period=\"60\" />\n" + BASE),
				"policy fragments/shared/policy.xml", "<fragment><set-header></fragment>"));

		assertThat(summary(report)).containsExactly("cors-terminate-default info policy.xml:3:5",
				"xml-invalid error products/starter/policy.xml:1:37",
				"file-invalid error apis/orders/apiInformation.json:1:16",
				"cors-not-first error apis/orders/policy.xml:3:5",
				"file-invalid error apis/orders/specification.yaml:2:9",
				"xml-invalid error policy fragments/shared/policy.xml:1:25");
	}

	@Test
	void ordersFindingsBroadestScopeFirstThenByFileLineColumnAndRule() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE + "\n<rate-limt />"),
				"products/starter/policy.xml", policy("<quota-by-ky />\n" + BASE),
				"policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "").replace("https://portal", "portal"))));

		assertThat(summary(report)).containsExactly("cors-origin-invalid error policy.xml:3:5",
				"cors-terminate-default info policy.xml:3:5", "policy-unknown warning products/starter/policy.xml:3:5",
				"policy-unknown warning apis/orders/policy.xml:4:5");
	}

	@Test
	void givesTheSameReportTwice() {
		Map<String, String> files = files("policy.xml", global(CORS), "apis/a/policy.xml", policy("<rate-limit />\n" + BASE),
				"apis/b/policy.xml", policy("<quota />"));

		assertThat(lint(files)).isEqualTo(lint(files));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<cors />", "<cors><allowed-origins /></cors>", "<cors allow-credentials=\"@(true)\"><allowed-origins><origin /></allowed-origins></cors>",
			"<cors><allowed-methods preflight-result-max-age=\"lots\" /><allowed-headers /></cors>",
			"<choose />", "<choose><when /><otherwise><choose><when><cors /></when></choose></otherwise></choose>",
			"<include-fragment />", "<check-header />", "<validate-jwt header-name=\"@(x)\" />",
			"<rate-limit><api name=\"x\" /></rate-limit>" })
	void neverThrowsOnOddButReadablePolicies(String inbound) {
		Map<String, String> files = files("policy.xml", global(inbound), "apis/orders/policy.xml",
				policy(inbound + "\n" + BASE), "policy fragments/f/policy.xml", "<fragment>" + inbound + "</fragment>",
				"products/p/policy.xml", policy(inbound), "products/p/apis.json", "[\"orders\"]");

		assertThatNoException().isThrownBy(() -> lint(files));
	}

	@Test
	void lintsAWorkspaceRecordWithDefaultSettings() {
		Workspace workspace = new WorkspaceReader().read(workspace(files("policy.xml", global(CORS),
				"apis/orders/policy.xml", policy("<rate-limit calls=\"1\" renewal-period=\"1\" />\n" + BASE))));

		LintReport report = new Analyzer().analyze(workspace, LintSettings.DEFAULTS);

		assertThat(places(report, "cors-not-first")).containsExactly("apis/orders/policy.xml:3:5");
	}

	@Test
	void runsOnlyTheRulesItIsGiven() {
		Workspace workspace = new WorkspaceReader().read(workspace(files("policy.xml", "<policies><inbound><base />")));

		LintReport report = new Analyzer(List.of(Rules.rule("base-in-global").orElseThrow())).analyze(workspace,
				LintSettings.DEFAULTS);

		assertThat(report.findings()).isEmpty();
	}

}
