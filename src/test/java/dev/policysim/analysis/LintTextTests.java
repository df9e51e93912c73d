package dev.policysim.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;

/** The text report: grouped by file, each finding with its line and a caret, then a summary. */
class LintTextTests {

	@Test
	void groupsByFileAndShowsTheLineWithACaretUnderTheColumn() {
		Map<String, String> files = files("policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "")),
				"apis/orders/policy.xml", policy("<rate-limit calls=\"5\" renewal-period=\"60\" />\n" + BASE));

		String text = new LintText().write(lint(files), SourceLines.of(workspace(files)));

		assertThat(text).startsWith("policy.xml\n  3:5  info  cors-terminate-default  cors at policy.xml:3 leaves")
			.contains("\n    3 |     <cors allow-credentials=\"false\">\n      |     ^\n    fix: Say what you mean")
			.contains("""

					apis/orders/policy.xml
					  3:5  error  cors-not-first  rate-limit at apis/orders/policy.xml:3 runs before""")
			.endsWith("\n2 findings: 1 error, 0 warnings, 1 info.\n");
	}

	@Test
	void keepsTabsSoTheCaretLinesUpAndSaysWhenNothingWasFound() {
		Map<String, String> files = files("policy.xml",
				"<policies>\n\t<inbound>\n\t\t<base />\n\t</inbound>\n</policies>\n");

		String text = new LintText().write(lint(files), SourceLines.of(workspace(files)));

		assertThat(text).contains("    3 | \t\t<base />\n      | \t\t^\n");
		assertThat(new LintText().write(LintReport.of(List.of(), 0), SourceLines.none())).isEqualTo("No findings.\n");
	}

	@Test
	void showsFindingsWithoutSourceAndCountsExemptions() {
		Map<String, String> files = files("policy.xml", global("<!-- policysim-disable -->\n<base />\n" + BASE));

		String text = new LintText().write(lint(files), SourceLines.none());

		assertThat(text).isEqualTo("policy.xml\n  5:5  info  base-in-global  <base/> in <inbound> of policy.xml (line 5) does "
				+ "nothing: the global policy has no broader scope to inherit from.\n    fix: Remove <base /> from the global "
				+ "policy.\n\n1 finding: 0 errors, 0 warnings, 1 info (1 exempted by policysim-disable).\n");
	}

}
