package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.Severity;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code named-value-missing}: references to named values without a value. */
class NamedValueMissingTests {

	private static final String HEADER = "<set-header name=\"X-Key\" exists-action=\"override\"><value>{{backend-key}}</value></set-header>";

	@Test
	void reportsAnUnknownNamedValueAsError() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE + "\n" + HEADER)));

		assertThat(places(report, "named-value-missing")).containsExactly("apis/orders/policy.xml:4:62");
		assertThat(of(report, "named-value-missing").get(0).severity()).isEqualTo(Severity.ERROR);
	}

	@Test
	void reportsASecretWithoutValueAsWarning() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE + "\n" + HEADER),
				"named values/backend-key/namedValueInformation.json",
				"{\"properties\": {\"displayName\": \"backend-key\", \"secret\": true}}"));

		assertThat(places(report, "named-value-missing")).containsExactly("apis/orders/policy.xml:4:62");
		assertThat(of(report, "named-value-missing").get(0).severity()).isEqualTo(Severity.WARNING);
	}

	@Test
	void staysSilentWhenTheNamedValueHasAValue() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE + "\n" + HEADER),
				"named values/backend-key/namedValueInformation.json",
				"{\"properties\": {\"displayName\": \"backend-key\", \"value\": \"k\", \"secret\": false}}"));

		assertThat(places(report, "named-value-missing")).isEmpty();
	}

}
