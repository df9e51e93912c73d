package dev.policysim.web;

import java.nio.file.Path;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings page, the editor's side panel and the rule pages show the analyzer's lint findings. */
@WebMvcTest({ FindingsController.class, WorkspaceController.class })
@Import(WebSliceConfiguration.class)
class FindingsControllerTests {

	static final String BASE = "/w/" + StoredFixtures.EDIT_ID;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	void sample(String name) throws Exception {
		StoredFixtures.stored(this.store, name,
				WorkspaceFiles.fromFolder(Path.of("sample-policies", name), ArchiveLimits.DEFAULTS));
	}

	@Test
	void listsTheLintFindingsOfTheSampleAsItsReadmeStatesThem() throws Exception {
		sample("04-product-policies-before-cors");

		assertThat(this.mvc.get().uri(BASE + "/findings?inline=true")).hasStatusOk()
			.bodyText()
			.contains(">2 of 2 findings<")
			.contains(">cors-not-first</a>")
			.contains("?file=products/starter/policy.xml&amp;line=4\"")
			.contains("?file=products/starter/policy.xml&amp;line=5\"")
			.contains("products/starter/policy.xml:4:5")
			.contains("Fix: ");
	}

	@ParameterizedTest
	@CsvSource({ "severity=info, 1 of 2 findings, cors-terminate-default, cors-not-first",
			"severity=error, 1 of 2 findings, cors-not-first, cors-terminate-default",
			"rule=cors-terminate-default, 1 of 2 findings, cors-terminate-default, cors-not-first",
			"scope=api orders, 2 of 2 findings, cors-not-first, xml-invalid",
			"scope=product, 0 of 2 findings, none, cors-not-first" })
	void filtersByRuleSeverityAndScope(String filter, String count, String shown, String hidden) throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(BASE + "/findings?inline=true&" + filter)).hasStatusOk()
			.bodyText()
			.contains(">" + count + "<")
			.satisfies((body) -> {
				if (!shown.equals("none")) {
					assertThat(body).contains(">" + shown + "</a>");
				}
			})
			.doesNotContain(">" + hidden + "</a>");
	}

	@Test
	void followsTheWorkspaceSettingsThatSwitchARuleOff() throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("sample-policies", "03-rate-limit-before-cors"),
				ArchiveLimits.DEFAULTS);
		StoredFixtures.stored(this.store, "03", files.with("policysim.json",
				"{\"rules\": {\"cors-terminate-default\": \"off\", \"cors-not-first\": \"warning\"}}".getBytes()));

		assertThat(this.mvc.get().uri(BASE + "/findings?inline=true")).hasStatusOk()
			.bodyText()
			.contains(">1 of 1 findings<")
			.contains("severity warning")
			.doesNotContain("cors-terminate-default");
	}

	@Test
	void showsTheFindingsOfTheOpenFileInTheEditorsSidePanel() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(BASE + "?file=apis/orders/policy.xml")).hasStatusOk()
			.bodyText()
			.contains("data-line=\"4\"")
			.contains("data-line=\"5\"")
			.contains("/rules/cors-not-first")
			.contains("All findings of the workspace (2)");
		assertThat(this.mvc.get().uri(BASE + "?file=policy.xml")).hasStatusOk().bodyText().contains("id=\"no-findings\"");
	}

	@Test
	void showsWhatTheRuleDetectsWhyItsSnippetsAndFixThenItsFindings() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(BASE + "/rules/cors-not-first")).hasStatusOk()
			.bodyText()
			.contains("class=\"rationale\"")
			.contains("class=\"snippet bad\"")
			.contains("class=\"snippet good\"")
			.contains("&lt;rate-limit")
			.contains("href=\"https://learn.microsoft.com/")
			.contains("class=\"fix\"")
			.contains("?file=apis/orders/policy.xml&amp;line=4\"");
	}

	@Test
	void documentsASimulatorCauseToo() throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(BASE + "/rules/error-before-cors")).hasStatusOk()
			.bodyText()
			.contains("class=\"snippet bad\"")
			.contains("No finding of this rule.");
	}

	@ParameterizedTest
	@CsvSource({ "/rules/no-such-rule, There is no rule called no-such-rule",
			"/rules/%3Cscript%3Ealert(1)%3C%20script%3E, There is no rule called &lt;script&gt;" })
	void answersAnUnknownRuleWithTheNotFoundPage(String path, String message) throws Exception {
		sample("03-rate-limit-before-cors");

		assertThat(this.mvc.get().uri(java.net.URI.create(BASE + path))).hasStatus(404)
			.bodyText()
			.contains(message)
			.doesNotContain("<script>alert");
	}

}
