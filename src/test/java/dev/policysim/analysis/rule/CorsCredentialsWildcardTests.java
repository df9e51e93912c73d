package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.places;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-credentials-wildcard}: credentials with origin {@code *}. */
class CorsCredentialsWildcardTests {

	private static final String WILDCARD = CORS.replace("allow-credentials=\"false\"", "allow-credentials=\"true\"")
		.replace("https://portal.contoso.com", "*");

	@Test
	void reportsWildcardOriginWhenCredentialsAllowed() {
		LintReport report = lint(files("policy.xml", global(WILDCARD)));

		assertThat(places(report, "cors-credentials-wildcard")).containsExactly("policy.xml:3:5");
	}

	@Test
	void reportsWildcardThatComesFromANamedValue() {
		LintReport report = lint(files("policy.xml", global(WILDCARD.replace("<origin>*</origin>", "<origin>{{origins}}</origin>")),
				"named values/origins/namedValueInformation.json",
				"{\"properties\": {\"displayName\": \"origins\", \"value\": \"*\", \"secret\": false}}"));

		assertThat(places(report, "cors-credentials-wildcard")).containsExactly("policy.xml:3:5");
	}

	@Test
	void staysSilentForNamedOriginsOrWithoutCredentials() {
		LintReport named = lint(files("policy.xml",
				global(CORS.replace("allow-credentials=\"false\"", "allow-credentials=\"true\""))));
		LintReport anonymous = lint(files("policy.xml", global(CORS.replace("https://portal.contoso.com", "*"))));

		assertThat(places(named, "cors-credentials-wildcard")).isEmpty();
		assertThat(places(anonymous, "cors-credentials-wildcard")).isEmpty();
	}

}
