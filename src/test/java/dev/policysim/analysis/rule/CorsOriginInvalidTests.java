package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-origin-invalid}: origins no browser sends. */
class CorsOriginInvalidTests {

	private static LintReport withOrigin(String origin) {
		return lint(files("policy.xml", global(CORS.replace("https://portal.contoso.com", origin))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "https://*.contoso.com | wildcard", "https://contoso.com/shop | a path",
			"https://contoso.com// | a path", "portal.contoso.com | no scheme", "\"https://portal.contoso.com\" | quotes",
			"https:// | no host" })
	void reportsInvalidOriginAtTheCors(String origin, String problem) {
		LintReport report = withOrigin(origin);

		assertThat(places(report, "cors-origin-invalid")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-origin-invalid").get(0).message()).contains(origin).contains(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "https://portal.contoso.com", "http://localhost:8080/", "https://shop.contoso.com:8443",
			"@(context.Variables.GetValueOrDefault<string>(\"origin\"))", "{{unknown-origin}}" })
	void staysSilentForValidOriginsExpressionsAndMissingNamedValues(String origin) {
		assertThat(places(withOrigin(origin), "cors-origin-invalid")).isEmpty();
	}

	@Test
	void judgesTheNamedValuesValue() {
		LintReport report = lint(files("policy.xml", global(CORS.replace("https://portal.contoso.com", "{{portal}}")),
				"named values/portal/namedValueInformation.json",
				"{\"properties\": {\"displayName\": \"portal\", \"value\": \"https://portal.contoso.com/app\"}}"));

		assertThat(of(report, "cors-origin-invalid")).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("(from {{portal}})").contains("a path"));
	}

}
