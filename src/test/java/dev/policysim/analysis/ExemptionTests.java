package dev.policysim.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code <!-- policysim-disable ids -->} right above an element exempts it from those rules. */
class ExemptionTests {

	/** A cors with two findings at line 4: an invalid origin and the left-out terminate attribute. */
	private static String globalWith(String comment) {
		return global(comment + "\n" + CORS.replace(" terminate-unmatched-request=\"false\"", "")
			.replace("https://portal.contoso.com", "https://*.contoso.com"));
	}

	@Test
	void exemptsTheElementBelowFromTheNamedRuleOnly() {
		LintReport report = lint(files("policy.xml", globalWith("<!-- policysim-disable cors-terminate-default -->")));

		assertThat(summary(report)).containsExactly("cors-origin-invalid error policy.xml:4:5");
		assertThat(report.exempted()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<!-- policysim-disable cors-terminate-default, cors-origin-invalid -->",
			"<!--policysim-disable cors-origin-invalid cors-terminate-default-->",
			"<!-- policysim-disable\n     cors-origin-invalid,cors-terminate-default -->", "<!-- policysim-disable -->" })
	void exemptsFromSeveralRulesOrFromEveryRule(String comment) {
		LintReport report = lint(files("policy.xml", globalWith(comment)));

		assertThat(report.findings()).isEmpty();
		assertThat(report.exempted()).isEqualTo(2);
	}

	@Test
	void doesNotReachPastAnotherElementOrIntoNestedPolicies() {
		LintReport past = lint(files("policy.xml", globalWith(
				"<!-- policysim-disable -->\n<set-variable name=\"a\" value=\"b\" />")));
		LintReport nested = lint(files("apis/orders/policy.xml", policy("""
				<!-- policysim-disable -->
				<choose>
				  <when condition="@(true)">
				    <cors>
				      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
				    </cors>
				  </when>
				</choose>
				""" + BASE)));

		assertThat(places(past, "cors-origin-invalid")).containsExactly("policy.xml:5:5");
		assertThat(places(nested, "cors-in-choose")).containsExactly("apis/orders/policy.xml:6:9");
	}

	@Test
	void exemptsASectionAndTheNamedValuesInsideAnElement() {
		LintReport report = lint(files("apis/orders/policy.xml", """
				<policies>
				  <!-- policysim-disable base-missing -->
				  <inbound>
				    <!-- policysim-disable named-value-missing -->
				    <set-header name="X-Key" exists-action="override">
				      <value>{{backend-key}}</value>
				    </set-header>
				  </inbound>
				</policies>
				"""));

		assertThat(report.findings()).isEmpty();
		assertThat(report.exempted()).isEqualTo(2);
	}

	@Test
	void reportsUnknownRuleIdsInTheCommentAndExemptsNothingForThem() {
		LintReport report = lint(files("policy.xml", globalWith("<!-- policysim-disable cors-terminate-defualt -->")));

		assertThat(places(report, "file-invalid")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "file-invalid").get(0).message()).contains("cors-terminate-defualt")
			.contains("cors-terminate-default");
		assertThat(places(report, "cors-terminate-default")).containsExactly("policy.xml:4:5");
	}

	@Test
	void ignoresOrdinaryComments() {
		LintReport report = lint(files("policy.xml", globalWith("<!-- the portal's cors, see policysim-disable docs -->")));

		assertThat(report.findings()).hasSize(2);
		assertThat(report.exempted()).isZero();
	}

}
