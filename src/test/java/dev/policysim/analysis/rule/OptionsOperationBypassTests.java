package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code options-operation-bypass}: OPTIONS operations take preflights away from cors. */
class OptionsOperationBypassTests {

	private static final String SPECIFICATION = specification("GET /{id} get-order", "OPTIONS /{id} order-preflight");

	@Test
	void reportsTheOptionsOperationInTheSpecification() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/specification.yaml", SPECIFICATION));

		assertThat(places(report, "options-operation-bypass")).containsExactly("apis/orders/specification.yaml:13:7");
		assertThat(of(report, "options-operation-bypass").get(0).message()).contains("order-preflight")
			.contains("preflights to /orders/{id}");
	}

	@Test
	void staysSilentWhenTheApiHasNoCorsToBypass() {
		LintReport report = lint(files("apis/orders/specification.yaml", SPECIFICATION));

		assertThat(places(report, "options-operation-bypass")).isEmpty();
	}

	@Test
	void staysSilentWithoutOptionsOperations() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/specification.yaml",
				specification("GET /{id} get-order", "DELETE /{id} cancel-order")));

		assertThat(places(report, "options-operation-bypass")).isEmpty();
	}

}
