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

/** {@code fragment-missing}: includes of fragments the workspace does not hold. */
class FragmentMissingTests {

	@Test
	void reportsTheIncludeOfAnUnknownFragment() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml",
				policy(BASE + "\n<include-fragment fragment-id=\"cors-comon\" />")));

		assertThat(places(report, "fragment-missing")).containsExactly("apis/orders/policy.xml:4:5");
		assertThat(of(report, "fragment-missing").get(0).message()).contains("cors-comon");
	}

	@Test
	void staysSilentWhenTheFragmentExists() {
		LintReport report = lint(files("policy.xml", global(CORS), "policy fragments/cors-common/policy.xml",
				"<fragment>\n  <set-header name=\"X\" exists-action=\"override\"><value>1</value></set-header>\n</fragment>",
				"apis/orders/policy.xml", policy(BASE + "\n<include-fragment fragment-id=\"cors-common\" />")));

		assertThat(places(report, "fragment-missing")).isEmpty();
	}

}
