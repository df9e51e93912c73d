package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.Severity;
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

/** {@code base-in-global}: {@code <base/>} where there is nothing broader. */
class BaseInGlobalTests {

	@Test
	void reportsBaseInTheGlobalPolicy() {
		LintReport report = lint(files("policy.xml", global(BASE + "\n" + CORS)));

		assertThat(places(report, "base-in-global")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "base-in-global").get(0).severity()).isEqualTo(Severity.INFO);
	}

	@Test
	void staysSilentForBaseBelowGlobal() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "base-in-global")).isEmpty();
	}

}
