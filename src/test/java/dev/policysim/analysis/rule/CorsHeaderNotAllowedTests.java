package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.apiInformation;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-header-not-allowed}: headers the API needs from browsers that the cors does not allow. */
class CorsHeaderNotAllowedTests {

	private static final String JWT = """
			<validate-jwt header-name="Authorization" failed-validation-httpcode="401">
			  <openid-config url="https://login.contoso.com/.well-known/openid-configuration" />
			</validate-jwt>""";

	@Test
	void reportsTheRenamedSubscriptionKeyHeader() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/apiInformation.json",
				apiInformation(true, "api-key"), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-header-not-allowed")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-header-not-allowed").get(0).message()).contains("does not list api-key")
			.contains("apis/orders/apiInformation.json");
		assertThat(of(report, "cors-header-not-allowed").get(0).fix()).contains("<header>api-key</header>");
	}

	@Test
	void reportsTheTokenHeaderOfValidateJwtAndTheHeaderCheckHeaderRequires() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE + "\n" + JWT
				+ "\n<check-header name=\"X-Client-Id\" failed-check-httpcode=\"400\" failed-check-error-message=\"no client\" ignore-case=\"true\" />")));

		assertThat(places(report, "cors-header-not-allowed")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-header-not-allowed").get(0).message()).contains("Authorization, X-Client-Id")
			.contains("validate-jwt at apis/orders/policy.xml:4").contains("check-header at apis/orders/policy.xml:7");
	}

	@Test
	void staysSilentWhenTheHeadersAreListedInAnyCase() {
		LintReport report = lint(files("policy.xml", global(CORS.replace("<header>Content-Type</header>",
				"<header>Content-Type</header><header>API-KEY</header><header>authorization</header>")),
				"apis/orders/apiInformation.json", apiInformation(true, "api-key"), "apis/orders/policy.xml",
				policy(BASE + "\n" + JWT)));

		assertThat(places(report, "cors-header-not-allowed")).isEmpty();
	}

	@Test
	void staysSilentForTheDefaultKeyHeaderAWildcardAndHeadersBrowsersSetThemselves() {
		LintReport defaultKey = lint(files("policy.xml", global(CORS), "apis/orders/apiInformation.json",
				apiInformation(true, "Ocp-Apim-Subscription-Key"), "apis/orders/policy.xml",
				policy(BASE + "\n<check-header name=\"Origin\" failed-check-httpcode=\"403\" failed-check-error-message=\"x\" ignore-case=\"true\" />")));
		LintReport wildcard = lint(files("policy.xml", global(CORS.replace("Content-Type", "*")),
				"apis/orders/apiInformation.json", apiInformation(true, "api-key"), "apis/orders/policy.xml",
				policy(BASE + "\n" + JWT)));

		assertThat(places(defaultKey, "cors-header-not-allowed")).isEmpty();
		assertThat(places(wildcard, "cors-header-not-allowed")).isEmpty();
	}

	@Test
	void staysSilentForARenamedKeyOfAnApiThatRequiresNoKey() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/apiInformation.json",
				apiInformation(false, "api-key"), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-header-not-allowed")).isEmpty();
	}

}
