package dev.policysim.analysis.rule;

import dev.policysim.analysis.Finding;
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

/** {@code cors-missing}: an API without cors where others have one. */
class CorsMissingTests {

	@Test
	void reportsApiWithoutCorsAtItsInboundWhenAnotherApiHasOne() {
		LintReport report = lint(files("apis/catalog/policy.xml", policy(BASE + "\n" + CORS),
				"apis/orders/specification.yaml", specification("GET / list-orders", "GET /{id} get-order"),
				"apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-missing")).containsExactly("apis/orders/policy.xml:2:3");
		Finding finding = of(report, "cors-missing").get(0);
		assertThat(finding.contexts()).extracting((context) -> context.operation().orElseThrow())
			.containsExactly("get-order", "list-orders");
		assertThat(finding.message()).contains("cors at apis/catalog/policy.xml:4 (api catalog)");
	}

	@Test
	void pointsAtLineOneOfTheFileTheApiWouldHave() {
		LintReport report = lint(files("apis/catalog/policy.xml", policy(BASE + "\n" + CORS),
				"apis/orders/specification.yaml", specification("GET / list-orders")));

		assertThat(places(report, "cors-missing")).containsExactly("apis/orders/policy.xml:1:1");
	}

	@Test
	void staysSilentWhenNoApiHasCors() {
		LintReport report = lint(files("apis/catalog/policy.xml", policy(BASE), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-missing")).isEmpty();
	}

	@Test
	void staysSilentWhenTheGlobalCorsReachesEveryApi() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/catalog/policy.xml", policy(BASE),
				"apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "cors-missing")).isEmpty();
	}

}
