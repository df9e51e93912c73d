package dev.policysim.web;

import java.util.List;
import java.util.Optional;

import dev.policysim.store.RevisionSummary;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(WorkspaceController.class)
@Import(WebSliceConfiguration.class)
class WorkspaceControllerTests {

	static final String GLOBAL = "<policies>\n\t<inbound>\n\t\t<cors/>\n\t</inbound>\n</policies>\n";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@Test
	void showsTheTreeAndTheGlobalPolicyInTheEditor() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL,
				"apis/orders/apiInformation.json", "{\"properties\": {\"path\": \"orders\"}}", "products/starter/productInformation.json",
				"{\"properties\": {}}"));

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID)).hasStatusOk()
			.hasViewName(WorkspaceController.VIEW)
			.bodyText()
			.contains("id=\"save-form\"")
			.contains("&lt;cors/&gt;")
			.contains("?file=products/starter/policy.xml")
			.contains("?file=apis/orders/policy.xml")
			.contains("/v/" + StoredFixtures.VIEW_ID);
	}

	@Test
	void linksACopyOfATrainingSampleToItsExerciseButNoOtherWorkspace() {
		var summary = StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));
		var when = summary.created();
		given(this.store.history(summary))
			.willReturn(List.of(new RevisionSummary(1, when, "Created", Optional.empty())));

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID)).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"exercise-link\"");

		given(this.store.history(summary)).willReturn(List.of(
				new RevisionSummary(1, when, "Copied from sample 03-rate-limit-before-cors", Optional.empty())));
		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID)).hasStatusOk()
			.bodyText()
			.contains("id=\"exercise-link\"")
			.contains("rate-limit runs before cors in the Orders API")
			.contains("href=\"/w/" + StoredFixtures.EDIT_ID + "/exercise\"");
		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID)).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"exercise-link\"");
	}

	@Test
	void showsTheReadOnlyLinkWithoutAnythingThatChangesTheWorkspace() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID)).hasStatusOk()
			.bodyText()
			.contains("read-only link")
			.contains("readonly")
			.doesNotContain("method=\"post\"")
			.doesNotContain(StoredFixtures.EDIT_ID);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/w/" + StoredFixtures.VIEW_ID, "/v/" + StoredFixtures.EDIT_ID, "/w/unknown", "/v/x",
			"/w/" + StoredFixtures.EDIT_ID + "zz" })
	void answersAnUnknownOrSwappedIdWithTheNotFoundPage(String uri) {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.get().uri(uri)).hasStatus(404)
			.hasViewName("error/404")
			.bodyText()
			.contains("There is no workspace at this address.");
	}

	@Test
	void refusesToSaveThroughTheReadOnlyId() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.VIEW_ID + "/files").param("path", "policy.xml")
			.param("content", "<policies/>")
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.post().uri("/v/" + StoredFixtures.VIEW_ID + "/files").param("path", "policy.xml")
			.param("content", "<policies/>")
			.with(csrf())).hasStatus4xxClientError();
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void savesTheEditedFileAsANewRevision() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/files").param("path", "policy.xml")
			.param("content", "<policies/>")
			.param("message", "")
			.with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/" + StoredFixtures.EDIT_ID + "?file=policy.xml&saved=2");
		then(this.store).should()
			.save(eq(StoredFixtures.EDIT_ID),
					argThat((WorkspaceFiles files) -> files.text("policy.xml").orElseThrow().equals("<policies/>")),
					eq("Edited policy.xml"));
	}

	@Test
	void refusesASaveWithoutItsCsrfToken() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/files").param("path", "policy.xml")
			.param("content", "<policies/>")).hasStatus(403);
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/check")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"policy.xml\", \"content\": \"<policies/>\"}")).hasStatus(403);
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void showsAMissingPathNextToTheEditor() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/files").param("path", " ")
			.param("content", "<policies/>")
			.with(csrf())).hasStatus(422).bodyText().contains("<p class=\"field-error\">Name the file.</p>");
	}

	@Test
	void refusesAPathThatLeavesTheWorkspace() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/files").param("path", "../../etc/passwd")
			.param("content", "x")
			.with(csrf())).hasStatus(400).hasViewName("error/400");
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void checksTheDocumentAsTypedAndReportsTheLineOfAnXmlError() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/check")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"policy.xml\", \"content\": \"<policies>\\n<inbound>\\n<cors>\\n</inbound>\\n</policies>\"}")
			.header("X-XSRF-TOKEN", "token")
			.cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", "token"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.problems[0].line", (line) -> assertThat(line).asNumber().isEqualTo(4))
			.hasPathSatisfying("$.problems[0].severity", (severity) -> assertThat(severity).asString().isEqualTo("error"));
	}

	@Test
	void refusesADocumentTypeDeclarationAsTheReaderDoes() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", GLOBAL));
		String xxe = "<!DOCTYPE policies [<!ENTITY x SYSTEM \\\"file:///etc/passwd\\\">]>\\n<policies>&x;</policies>";

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/check")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"policy.xml\", \"content\": \"" + xxe + "\"}")
			.with(csrf())).hasStatusOk().bodyText().contains("DOCTYPE").doesNotContain("root:");
	}

	@Test
	void showsAHostileDocumentAndItsFindingsAsInertText() {
		String hostile = "<policies></textarea><script>alert(1)</script><inbound>";
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", hostile,
				"apis/" + "x/policy.xml", "<policies/>"));

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID)).hasStatusOk()
			.bodyText()
			.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>")
			.contains("xml-invalid");
	}

	@Test
	void showsAnXssNameInertInTheHeader() {
		StoredFixtures.stored(this.store, StoredFixtures.XSS, StoredFixtures.files("policy.xml", GLOBAL,
				"policy fragments/<img src=x onerror=alert(1)>/policy.xml", "<fragment/>"));

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID)).hasStatusOk()
			.bodyText()
			.doesNotContain(StoredFixtures.XSS)
			.doesNotContain("<img src=x")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

}
