package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code fragment-invalid}: what a fragment cannot hold, and fragments over 32 KB. */
class FragmentInvalidTests {

	@Test
	void reportsSectionsBaseAndNestedIncludes() {
		LintReport report = lint(files("policy fragments/shared/policy.xml", """
				<fragment>
				  <inbound>
				    <base />
				  </inbound>
				  <include-fragment fragment-id="other" />
				</fragment>
				"""));

		assertThat(places(report, "fragment-invalid")).containsExactly("policy fragments/shared/policy.xml:2:3",
				"policy fragments/shared/policy.xml:3:5", "policy fragments/shared/policy.xml:5:3");
		assertThat(of(report, "fragment-invalid").get(0).scope()).isEmpty();
	}

	@Test
	void reportsAFragmentOver32KilobytesAtItsRoot() {
		String value = "x".repeat(33 * 1024);
		LintReport report = lint(files("policy fragments/big/policy.xml", "<fragment>\n  <set-variable name=\"big\" value=\""
				+ value + "\" />\n</fragment>\n"));

		assertThat(places(report, "fragment-invalid")).containsExactly("policy fragments/big/policy.xml:1:1");
		assertThat(of(report, "fragment-invalid").get(0).message()).contains("32768");
	}

	@Test
	void staysSilentForAFragmentOfPolicies() {
		LintReport report = lint(files("policy fragments/shared/policy.xml", """
				<fragment>
				  <choose>
				    <when condition="@(true)">
				      <set-header name="X" exists-action="override"><value>1</value></set-header>
				    </when>
				  </choose>
				</fragment>
				"""));

		assertThat(places(report, "fragment-invalid")).isEmpty();
	}

}
