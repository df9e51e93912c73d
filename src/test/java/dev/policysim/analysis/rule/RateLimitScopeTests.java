package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.apiInformation;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.membership;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.productInformation;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code rate-limit-scope}: rate limits and quotas where no key is used. */
class RateLimitScopeTests {

	private static final String LIMIT = BASE + "\n<rate-limit calls=\"10\" renewal-period=\"60\" />";

	@Test
	void reportsRateLimitOfAnApiThatRequiresNoKey() {
		LintReport report = lint(files("apis/catalog/apiInformation.json", apiInformation(false, "Ocp-Apim-Subscription-Key"),
				"apis/catalog/policy.xml", policy(LIMIT)));

		assertThat(places(report, "rate-limit-scope")).containsExactly("apis/catalog/policy.xml:4:5");
		assertThat(of(report, "rate-limit-scope").get(0).message()).contains("API catalog requires no subscription key");
	}

	@Test
	void reportsQuotaOfAnOpenProduct() {
		LintReport report = lint(files("products/free/productInformation.json", productInformation(false),
				"products/free/policy.xml", policy(BASE + "\n<quota calls=\"100\" renewal-period=\"3600\" />")));

		assertThat(places(report, "rate-limit-scope")).containsExactly("products/free/policy.xml:4:5");
	}

	@Test
	void staysSilentWhereKeysAreUsed() {
		LintReport required = lint(files("apis/catalog/policy.xml", policy(LIMIT)));
		LintReport inKeyedProduct = lint(files("apis/catalog/apiInformation.json",
				apiInformation(false, "Ocp-Apim-Subscription-Key"), "apis/catalog/policy.xml", policy(LIMIT),
				"products/starter/productInformation.json", productInformation(true),
				"products/starter/apis/catalog/productApiInformation.json", membership("catalog")));
		LintReport byKey = lint(files("apis/catalog/apiInformation.json", apiInformation(false, "Ocp-Apim-Subscription-Key"),
				"apis/catalog/policy.xml", policy(BASE
						+ "\n<rate-limit-by-key calls=\"10\" renewal-period=\"60\" counter-key=\"@(context.Request.IpAddress)\" />")));

		assertThat(places(required, "rate-limit-scope")).isEmpty();
		assertThat(places(inKeyedProduct, "rate-limit-scope")).isEmpty();
		assertThat(places(byKey, "rate-limit-scope")).isEmpty();
	}

}
