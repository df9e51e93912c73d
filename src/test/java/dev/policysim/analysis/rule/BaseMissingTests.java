package dev.policysim.analysis.rule;

import dev.policysim.analysis.Finding;
import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.Severity;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.membership;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.productInformation;
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code base-missing}: sections below global that inherit nothing, an error when they cut off cors or security. */
class BaseMissingTests {

	@Test
	void reportsErrorWhenTheSectionCutsOffTheGlobalCors() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/specification.yaml",
				specification("GET / list-orders", "DELETE /{id} cancel-order"), "apis/orders/policy.xml",
				policy("<set-backend-service base-url=\"https://v2.contoso.net\" />")));

		assertThat(places(report, "base-missing")).containsExactly("apis/orders/policy.xml:2:3");
		Finding finding = of(report, "base-missing").get(0);
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("cuts off cors at policy.xml:3 (global)")
			.contains("for API orders (2 operations) with no product");
		assertThat(finding.contexts()).hasSize(2);
		assertThat(finding.scope()).hasValueSatisfying((scope) -> assertThat(scope.toString()).isEqualTo("api orders"));
	}

	@Test
	void reportsErrorWhenAProductSectionCutsOffAnIpFilter() {
		LintReport report = lint(files("policy.xml", global("""
				<ip-filter action="forbid">
				  <address>203.0.113.7</address>
				</ip-filter>"""), "apis/orders/policy.xml", policy(BASE), "products/partners/productInformation.json",
				productInformation(true), "products/partners/apis/orders/productApiInformation.json", membership("orders"),
				"products/partners/policy.xml", policy("<set-header name=\"X-Partner\" exists-action=\"override\"><value>1</value></set-header>")));

		assertThat(places(report, "base-missing")).containsExactly("products/partners/policy.xml:2:3");
		assertThat(of(report, "base-missing").get(0).severity()).isEqualTo(Severity.ERROR);
		assertThat(of(report, "base-missing").get(0).message()).contains("ip-filter at policy.xml:3 (global)");
	}

	@Test
	void reportsWarningWhenNothingGuardedIsCutOff() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", """
				<policies>
				  <inbound>
				    <base />
				  </inbound>
				  <outbound>
				    <set-header name="X-Api" exists-action="override"><value>orders</value></set-header>
				  </outbound>
				</policies>
				"""));

		assertThat(places(report, "base-missing")).containsExactly("apis/orders/policy.xml:5:3");
		assertThat(of(report, "base-missing").get(0).severity()).isEqualTo(Severity.WARNING);
		assertThat(of(report, "base-missing").get(0).message()).contains("inherits nothing");
	}

	@Test
	void staysSilentWhenEverySectionHasBaseAndForTheGlobalPolicy() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE),
				"products/starter/policy.xml", "<policies>\n  <inbound>\n    <base />\n  </inbound>\n</policies>"));

		assertThat(places(report, "base-missing")).isEmpty();
	}

}
