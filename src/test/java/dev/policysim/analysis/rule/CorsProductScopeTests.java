package dev.policysim.analysis.rule;

import java.util.Map;

import dev.policysim.analysis.LintFixture;
import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.membership;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.productInformation;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-product-scope}: cors only at product scope, where preflights never arrive. */
class CorsProductScopeTests {

	private static Map<String, String> workspace(boolean openProduct, String apiInbound) {
		return files("apis/orders/policy.xml", policy(apiInbound), "products/portal/productInformation.json",
				productInformation(!openProduct), "products/portal/apis/orders/productApiInformation.json",
				membership("orders"), "products/portal/policy.xml", policy(CORS + "\n" + BASE));
	}

	@Test
	void reportsTheProductCorsWhenItIsTheOnlyOne() {
		LintReport report = lint(workspace(false, BASE));

		assertThat(places(report, "cors-product-scope")).containsExactly("products/portal/policy.xml:3:5");
		assertThat(of(report, "cors-product-scope").get(0).message()).contains("Ocp-Apim-Subscription-Key")
			.contains("no open product");
		assertThat(of(report, "cors-product-scope").get(0).contexts())
			.allSatisfy((context) -> assertThat(context.product()).hasValue("portal"));
	}

	@Test
	void staysSilentWhenTheApiIsInAnOpenProduct() {
		LintReport report = lint(workspace(true, BASE));

		assertThat(places(report, "cors-product-scope")).isEmpty();
	}

	@Test
	void staysSilentWhenTheApiHasItsOwnCors() {
		Map<String, String> files = workspace(false, BASE + "\n" + CORS);

		assertThat(places(LintFixture.lint(files), "cors-product-scope")).isEmpty();
	}

}
