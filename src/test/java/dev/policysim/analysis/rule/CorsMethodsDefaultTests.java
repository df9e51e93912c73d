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
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-methods-default}: no allowed-methods, so only GET and POST pass. */
class CorsMethodsDefaultTests {

	private static final String NO_METHODS = """
			<cors allow-credentials="false" terminate-unmatched-request="false">
			  <allowed-origins>
			    <origin>https://portal.contoso.com</origin>
			  </allowed-origins>
			</cors>""";

	@Test
	void reportsTheCorsNamingEveryRefusedMethod() {
		LintReport report = lint(files("policy.xml", global(NO_METHODS), "apis/orders/specification.yaml",
				specification("GET / list-orders", "POST / create-order", "DELETE /{id} cancel-order",
						"PATCH /{id} update-order"), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-methods-default")).containsExactly("policy.xml:3:5");
		assertThat(of(report, "cors-methods-default").get(0).message())
			.contains("DELETE (orders/cancel-order), PATCH (orders/update-order)");
		assertThat(of(report, "cors-methods-default").get(0).contexts()).hasSize(2);
	}

	@Test
	void namesAtMostThreeOperationsPerMethod() {
		LintReport report = lint(files("policy.xml", global(NO_METHODS), "apis/orders/specification.yaml",
				specification("DELETE /a delete-a", "DELETE /b delete-b", "DELETE /c delete-c", "DELETE /d delete-d",
						"DELETE /e delete-e")));

		assertThat(of(report, "cors-methods-default").get(0).message())
			.contains("DELETE (5 operations: orders/delete-a, orders/delete-b, orders/delete-c and 2 more)");
	}

	@Test
	void staysSilentForSimpleMethodsOnly() {
		LintReport report = lint(files("policy.xml", global(NO_METHODS), "apis/orders/specification.yaml",
				specification("GET / list-orders", "POST / create-order", "HEAD / check-orders")));

		assertThat(places(report, "cors-methods-default")).isEmpty();
	}

	@Test
	void staysSilentWhenAllowedMethodsIsPresent() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/specification.yaml",
				specification("DELETE /{id} cancel-order")));

		assertThat(places(report, "cors-methods-default")).isEmpty();
	}

}
