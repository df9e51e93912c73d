package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code base-duplicate}: a second {@code <base/>} in one section. */
class BaseDuplicateTests {

	@Test
	void reportsTheSecondBase() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml",
				policy(BASE + "\n<set-variable name=\"a\" value=\"1\" />\n" + BASE)));

		assertThat(places(report, "base-duplicate")).containsExactly("apis/orders/policy.xml:5:5");
	}

	@Test
	void leavesTheGlobalPolicyToBaseInGlobal() {
		LintReport report = lint(files("policy.xml", global(CORS + "\n" + BASE + "\n" + BASE), "apis/orders/policy.xml",
				policy(BASE)));

		assertThat(places(report, "base-duplicate")).isEmpty();
		assertThat(places(report, "base-in-global")).containsExactly("policy.xml:15:5", "policy.xml:16:5");
	}

	@Test
	void staysSilentForOneBasePerSection() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "base-duplicate")).isEmpty();
	}

}
