package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-max-age-capped}: a preflight cache longer than browsers keep. */
class CorsMaxAgeCappedTests {

	private static LintReport withMaxAge(String seconds) {
		return lint(files("policy.xml",
				global(CORS.replace("<allowed-methods>", "<allowed-methods preflight-result-max-age=\"" + seconds + "\">"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "7201", "86400" })
	void reportsMaxAgeAboveChromiumsCap(String seconds) {
		LintReport report = withMaxAge(seconds);

		assertThat(places(report, "cors-max-age-capped")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-max-age-capped").get(0).message()).contains(seconds).contains("7200");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "300", "7200", "@(3600 * 48)" })
	void staysSilentAtOrBelowTheCapAndForExpressions(String seconds) {
		assertThat(places(withMaxAge(seconds), "cors-max-age-capped")).isEmpty();
	}

}
