package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.Severity;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-terminate-default}: the attribute left to a contradictory default. */
class CorsTerminateDefaultTests {

	private static final String LEFT_OUT = CORS.replace(" terminate-unmatched-request=\"false\"", "");

	@Test
	void reportsTheLeftOutAttributeNamingTheProfilesDefault() {
		LintReport report = lint(files("policy.xml", global(LEFT_OUT)));

		assertThat(places(report, "cors-terminate-default")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-terminate-default").get(0).severity()).isEqualTo(Severity.INFO);
		assertThat(of(report, "cors-terminate-default").get(0).message()).contains("the profile assumes true")
			.contains("terminateUnmatchedDefault").contains("empty 200 OK");
	}

	@Test
	void namesThePinnedDefaultOfTheWorkspace() {
		LintReport report = lint(files("policy.xml", global(LEFT_OUT), "policysim.json",
				"{\"profile\": {\"terminateUnmatchedDefault\": false}}"));

		assertThat(of(report, "cors-terminate-default").get(0).message()).contains("the profile assumes false");
	}

	@Test
	void staysSilentWhenTheAttributeIsStated() {
		assertThat(places(lint(files("policy.xml", global(CORS))), "cors-terminate-default")).isEmpty();
	}

}
