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

/** {@code cors-duplicate}: a later cors that never gets a say. */
class CorsDuplicateTests {

	private static final String TERMINATING = CORS.replace("terminate-unmatched-request=\"false\"",
			"terminate-unmatched-request=\"true\"");

	private static final String PARTNERS = """
			<cors allow-credentials="false" terminate-unmatched-request="true">
			  <allowed-origins>
			    <origin>https://partners.fabrikam.com</origin>
			  </allowed-origins>
			</cors>""";

	@Test
	void reportsTheSecondCorsNamingTheOriginsNeverAllowed() {
		LintReport report = lint(files("policy.xml", global(TERMINATING), "apis/orders/policy.xml",
				policy(BASE + "\n" + PARTNERS)));

		assertThat(places(report, "cors-duplicate")).containsExactly("apis/orders/policy.xml:4:5");
		assertThat(of(report, "cors-duplicate").get(0).message()).contains("the cors at policy.xml:3 (global)")
			.contains("https://partners.fabrikam.com");
	}

	@Test
	void reportsWhenTheFirstLeavesTheAttributeOutUnderTheDefaultProfile() {
		LintReport report = lint(files("policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "")),
				"apis/orders/policy.xml", policy(BASE + "\n" + PARTNERS)));

		assertThat(places(report, "cors-duplicate")).containsExactly("apis/orders/policy.xml:4:5");
	}

	@Test
	void staysSilentWhenTheFirstPassesUnmatchedRequestsOn() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE + "\n" + PARTNERS)));

		assertThat(places(report, "cors-duplicate")).isEmpty();
	}

	@Test
	void staysSilentWhenThePinnedProfileTakesTheLeftOutAttributeAsFalse() {
		LintReport report = lint(files("policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "")),
				"apis/orders/policy.xml", policy(BASE + "\n" + PARTNERS), "policysim.json",
				"{\"profile\": {\"terminateUnmatchedDefault\": false}}"));

		assertThat(places(report, "cors-duplicate")).isEmpty();
	}

	@Test
	void staysSilentWhenTheFirstDecidesByExpression() {
		LintReport report = lint(files("policy.xml",
				global(CORS.replace("terminate-unmatched-request=\"false\"", "terminate-unmatched-request=\"@(true)\"")),
				"apis/orders/policy.xml", policy(BASE + "\n" + PARTNERS)));

		assertThat(places(report, "cors-duplicate")).isEmpty();
	}

}
