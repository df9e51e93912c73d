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

/** {@code policy-misplaced}: policies in a section or scope the reference does not allow. */
class PolicyMisplacedTests {

	@Test
	void reportsCorsOutsideInbound() {
		LintReport report = lint(files("apis/orders/policy.xml", """
				<policies>
				  <inbound>
				    <base />
				  </inbound>
				  <outbound>
				    <base />
				    <cors>
				      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
				    </cors>
				  </outbound>
				</policies>
				"""));

		assertThat(places(report, "policy-misplaced")).containsExactly("apis/orders/policy.xml:7:5");
		assertThat(of(report, "policy-misplaced").get(0).message()).contains("only in inbound");
	}

	@Test
	void reportsRateLimitAtGlobalScope() {
		LintReport report = lint(files("policy.xml", global(CORS + "\n<rate-limit calls=\"5\" renewal-period=\"60\" />")));

		assertThat(places(report, "policy-misplaced")).containsExactly("policy.xml:15:5");
		assertThat(of(report, "policy-misplaced").get(0).message()).contains("only at product, api, operation scope");
	}

	@Test
	void reportsForwardRequestInInbound() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE + "\n<forward-request />")));

		assertThat(places(report, "policy-misplaced")).containsExactly("apis/orders/policy.xml:4:5");
	}

	@Test
	void reportsFragmentPolicyWhereTheIncludeLandsIt() {
		LintReport report = lint(files("policy fragments/limits/policy.xml", """
				<fragment>
				  <quota calls="100" renewal-period="3600" />
				</fragment>
				""", "apis/orders/policy.xml", policy(BASE + "\n<include-fragment fragment-id=\"limits\" />")));

		assertThat(places(report, "policy-misplaced")).containsExactly("policy fragments/limits/policy.xml:2:3");
		assertThat(of(report, "policy-misplaced").get(0).message()).contains("included at apis/orders/policy.xml:4");
	}

	@Test
	void reportsBaseNestedInChoose() {
		LintReport report = lint(files("apis/orders/policy.xml", """
				<policies>
				  <inbound>
				    <choose>
				      <when condition="@(true)">
				        <base />
				      </when>
				    </choose>
				  </inbound>
				</policies>
				"""));

		assertThat(places(report, "policy-misplaced")).containsExactly("apis/orders/policy.xml:5:9");
	}

	@Test
	void staysSilentForPoliciesInTheirPlace() {
		LintReport report = lint(files("policy.xml", global(CORS), "products/starter/policy.xml",
				policy(BASE + "\n<rate-limit calls=\"5\" renewal-period=\"60\" />\n    <quota calls=\"9\" renewal-period=\"60\" />"),
				"apis/orders/policy.xml", """
						<policies>
						  <inbound>
						    <base />
						    <choose>
						      <when condition="@(true)">
						        <set-header name="X-A" exists-action="override"><value>1</value></set-header>
						      </when>
						    </choose>
						  </inbound>
						  <backend>
						    <forward-request timeout="10" />
						  </backend>
						</policies>
						"""));

		assertThat(places(report, "policy-misplaced")).isEmpty();
	}

}
