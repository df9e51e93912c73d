package dev.policysim.analysis.rule;

import dev.policysim.analysis.LintReport;
import org.junit.jupiter.api.Test;

import static dev.policysim.analysis.LintFixture.BASE;
import static dev.policysim.analysis.LintFixture.CORS;
import static dev.policysim.analysis.LintFixture.files;
import static dev.policysim.analysis.LintFixture.global;
import static dev.policysim.analysis.LintFixture.lint;
import static dev.policysim.analysis.LintFixture.places;
import static dev.policysim.analysis.LintFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code xml-invalid}: unreadable policy files are findings, and the rest of the workspace is still linted. */
class XmlInvalidTests {

	@Test
	void reportsUnreadableFileAtTheErrorAndStillLintsTheRest() {
		LintReport report = lint(files("policy.xml", global(CORS.replace(" terminate-unmatched-request=\"false\"", "")),
				"apis/orders/policy.xml", """
						<policies>
						  <inbound>
						    <base />
						    <set-header name="X-Client" exists-action="override">
						  </inbound>
						</policies>
						"""));

		assertThat(places(report, "xml-invalid")).containsExactly("apis/orders/policy.xml:5:5");
		assertThat(places(report, "cors-terminate-default")).containsExactly("policy.xml:3:5");
	}

	@Test
	void reportsDocumentTypeDeclarationsAsUnreadable() {
		LintReport report = lint(files("policy.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE policies [ <!ENTITY x "y"> ]>
				<policies><inbound /></policies>
				"""));

		assertThat(places(report, "xml-invalid")).containsExactly("policy.xml:2:1");
		assertThat(report.findings().get(0).message()).contains("DOCTYPE");
	}

	@Test
	void reportsFragmentWithPoliciesRoot() {
		LintReport report = lint(files("policy fragments/shared/policy.xml", policy(BASE)));

		assertThat(places(report, "xml-invalid")).containsExactly("policy fragments/shared/policy.xml:1:1");
	}

	@Test
	void staysSilentForWellFormedFiles() {
		LintReport report = lint(files("policy.xml", global(CORS), "apis/orders/policy.xml", policy(BASE)));

		assertThat(places(report, "xml-invalid")).isEmpty();
	}

}
