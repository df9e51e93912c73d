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

/** {@code cors-in-choose}: a cors that is not a direct child of inbound. */
class CorsInChooseTests {

	@Test
	void reportsCorsInsideAWhenBranch() {
		LintReport report = lint(files("apis/orders/policy.xml", policy("""
				<choose>
				  <when condition="@(true)">
				    <cors allow-credentials="false" terminate-unmatched-request="false">
				      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
				    </cors>
				  </when>
				</choose>
				<base />""")));

		assertThat(places(report, "cors-in-choose")).containsExactly("apis/orders/policy.xml:5:9");
		assertThat(of(report, "cors-in-choose").get(0).message()).contains("inside choose (apis/orders/policy.xml:3)");
	}

	@Test
	void reportsAFragmentsCorsIncludedInsideChooseAtTheFragment() {
		LintReport report = lint(files("policy fragments/cors/policy.xml", "<fragment>\n" + CORS + "\n</fragment>",
				"apis/orders/policy.xml", policy("""
						<choose>
						  <when condition="@(true)">
						    <include-fragment fragment-id="cors" />
						  </when>
						</choose>
						<base />""")));

		assertThat(places(report, "cors-in-choose")).containsExactly("policy fragments/cors/policy.xml:2:1");
		assertThat(of(report, "cors-in-choose").get(0).message()).contains("included at apis/orders/policy.xml:5");
	}

	@Test
	void staysSilentForCorsDirectlyInInboundOrInAFragmentIncludedThere() {
		LintReport report = lint(files("policy.xml", global(CORS), "policy fragments/cors/policy.xml",
				"<fragment>\n" + CORS + "\n</fragment>", "apis/orders/policy.xml",
				policy("<include-fragment fragment-id=\"cors\" />\n" + BASE)));

		assertThat(places(report, "cors-in-choose")).isEmpty();
	}

}
