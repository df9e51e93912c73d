package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static dev.policysim.analysis.LintFixture.specification;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code workspace-orphan}: files that name resources the workspace does not hold. */
class WorkspaceOrphanTests {

	@Test
	void reportsOperationPolicyThatMatchesNoOperation() {
		LintReport report = lint(files("apis/orders/specification.yaml", specification("GET / list-orders"),
				"apis/orders/operations/get-order/policy.xml", policy(BASE)));

		assertThat(places(report, "workspace-orphan")).containsExactly("apis/orders/operations/get-order/policy.xml:1:1");
	}

	@Test
	void reportsProductMembershipOfUnknownApi() {
		LintReport report = lint(files("apis/orders/policy.xml", policy(BASE), "products/starter/apis.json",
				"[\"orders\", \"billing\"]"));

		assertThat(places(report, "workspace-orphan")).containsExactly("products/starter/apis.json:1:12");
	}

	@Test
	void staysSilentWhenEveryFolderMatches() {
		LintReport report = lint(files("apis/orders/specification.yaml", specification("GET / list-orders"),
				"apis/orders/operations/list-orders/policy.xml", policy(BASE), "products/starter/apis.json",
				"[\"orders\"]"));

		assertThat(places(report, "workspace-orphan")).isEmpty();
	}

}
