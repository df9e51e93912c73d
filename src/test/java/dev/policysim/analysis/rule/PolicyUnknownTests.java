package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code policy-unknown}: elements that stand where policies stand but are none. */
class PolicyUnknownTests {

	@Test
	void reportsTypoWithTheNearestPolicy() {
		LintReport report = lint(files("apis/orders/policy.xml",
				policy(BASE + "\n<rate-limt calls=\"5\" renewal-period=\"60\" />")));

		assertThat(places(report, "policy-unknown")).containsExactly("apis/orders/policy.xml:4:5");
		assertThat(of(report, "policy-unknown").get(0).message()).contains("did you mean rate-limit?");
	}

	@Test
	void reportsUnknownElementsInBranchesAndFragments() {
		LintReport report = lint(files("apis/orders/policy.xml", policy("""
				<base />
				<choose>
				  <when condition="@(true)">
				    <set-heder name="x" />
				  </when>
				</choose>"""), "policy fragments/shared/policy.xml", "<fragment>\n  <log-to-evnthub />\n</fragment>"));

		assertThat(places(report, "policy-unknown")).containsExactly("apis/orders/policy.xml:6:9",
				"policy fragments/shared/policy.xml:2:3");
	}

	@Test
	void leavesUnknownSectionsToTheReader() {
		LintReport report = lint(files("apis/orders/policy.xml", "<policies>\n  <inbond>\n    <base />\n  </inbond>\n</policies>"));

		assertThat(places(report, "policy-unknown")).isEmpty();
		assertThat(places(report, "xml-invalid")).containsExactly("apis/orders/policy.xml:2:3");
	}

	@Test
	void staysSilentForPartsOfPolicies() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy("""
				<base />
				<choose>
				  <when condition="@(true)">
				    <return-response>
				      <set-status code="200" reason="OK" />
				      <set-body>{}</set-body>
				    </return-response>
				  </when>
				  <otherwise>
				    <set-header name="X" exists-action="override"><value>1</value></set-header>
				  </otherwise>
				</choose>""")));

		assertThat(places(report, "policy-unknown")).isEmpty();
	}

}
