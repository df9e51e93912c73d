package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.membership;
import static dev.policysim.analysis.LintFixture.of;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.productInformation;
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cors-not-first}: a policy that can end the request runs before the first cors. */
class CorsNotFirstTests {

	@Test
	void reportsRateLimitBeforeTheApiCorsOnceForEveryContext() {
		LintReport report = lint(files("apis/orders/specification.yaml",
				specification("GET / list-orders", "GET /{id} get-order"), "apis/orders/policy.xml",
				policy(BASE + "\n<rate-limit calls=\"5\" renewal-period=\"60\" />\n" + CORS)));

		assertThat(places(report, "cors-not-first")).containsExactly("apis/orders/policy.xml:4:5");
		assertThat(of(report, "cors-not-first").get(0).contexts()).hasSize(2);
		assertThat(of(report, "cors-not-first").get(0).message()).contains("429")
			.contains("runs before the first cors (apis/orders/policy.xml:5)");
	}

	@Test
	void reportsProductPoliciesAboveBaseOnlyInTheirProduct() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE),
				"products/starter/productInformation.json", productInformation(true),
				"products/starter/apis/orders/productApiInformation.json", membership("orders"),
				"products/starter/policy.xml", policy("""
						<validate-jwt header-name="Authorization" failed-validation-httpcode="401">
						  <openid-config url="https://login.contoso.com/.well-known/openid-configuration" />
						</validate-jwt>
						<base />""")));

		assertThat(places(report, "cors-not-first")).containsExactly("products/starter/policy.xml:3:5");
		assertThat(of(report, "cors-not-first").get(0).contexts())
			.allSatisfy((context) -> assertThat(context.product()).hasValue("starter"));
	}

	@Test
	void reportsChooseHoldingAPolicyThatEndsTheRequest() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy("""
				<choose>
				  <when condition="@(context.Request.IpAddress == &quot;10.0.0.1&quot;)">
				    <return-response>
				      <set-status code="403" reason="Forbidden" />
				    </return-response>
				  </when>
				</choose>
				<base />""")));

		assertThat(places(report, "cors-not-first")).containsExactly("apis/orders/policy.xml:3:5");
		assertThat(of(report, "cors-not-first").get(0).message()).contains("return-response");
	}

	@Test
	void keepsOperationsOfTheSameNameInDifferentApisApart() {
		String limited = policy("<rate-limit calls=\"5\" renewal-period=\"60\" />\n" + BASE);
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/specification.yaml",
				specification("GET / get"), "apis/orders/operations/get/policy.xml", limited,
				"apis/pets/specification.yaml", specification("GET / get"), "apis/pets/operations/get/policy.xml", limited));

		assertThat(places(report, "cors-not-first")).containsExactly("apis/orders/operations/get/policy.xml:3:5",
				"apis/pets/operations/get/policy.xml:3:5");
		assertThat(of(report, "cors-not-first")).allSatisfy((finding) -> assertThat(finding.contexts())
			.singleElement()
			.satisfies((context) -> assertThat(finding.file()).startsWith("apis/" + context.api() + "/")));
	}

	@Test
	void staysSilentWhenCorsRunsFirstOrThereIsNoCors() {
		LintReport first = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml",
				policy(BASE + "\n<rate-limit calls=\"5\" renewal-period=\"60\" />")));
		LintReport none = lint(files("apis/orders/policy.xml", policy("<rate-limit calls=\"5\" renewal-period=\"60\" />")));
		LintReport harmless = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml",
				policy("<set-header name=\"X-A\" exists-action=\"override\"><value>1</value></set-header>\n" + BASE)));

		assertThat(places(first, "cors-not-first")).isEmpty();
		assertThat(places(none, "cors-not-first")).isEmpty();
		assertThat(places(harmless, "cors-not-first")).isEmpty();
	}

}
