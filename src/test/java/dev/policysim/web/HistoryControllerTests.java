package dev.policysim.web;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.policysim.store.RevisionSummary;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(HistoryController.class)
@Import(WebSliceConfiguration.class)
class HistoryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@Test
	void listsTheRevisionsWithRestoreButtonsOnTheEditLinkOnly() {
		WorkspaceSummary summary = StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", "<policies/>"));
		given(this.store.history(summary)).willReturn(List.of(
				new RevisionSummary(2, Instant.parse("2026-05-01T10:05:00Z"), StoredFixtures.XSS, Optional.empty()),
				new RevisionSummary(1, Instant.parse("2026-05-01T10:00:00Z"), "Imported", Optional.empty())));

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID + "/history")).hasStatusOk()
			.bodyText()
			.contains("data-restore=\"1\"")
			.contains("&lt;script&gt;")
			.doesNotContain(StoredFixtures.XSS);
		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/history")).hasStatusOk()
			.bodyText()
			.doesNotContain("data-restore")
			.doesNotContain("method=\"post\"");
	}

	@Test
	void showsTheLinesThatChangedBetweenTwoRevisions() {
		WorkspaceSummary summary = StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files());
		given(this.store.files(summary, 1)).willReturn(Optional.of(StoredFixtures.files("policy.xml",
				"<policies>\n<inbound>\n<base/>\n</inbound>\n</policies>\n", "gone.txt", "bye")));
		given(this.store.files(summary, 2)).willReturn(Optional.of(StoredFixtures.files("policy.xml",
				"<policies>\n<inbound>\n<cors/>\n</inbound>\n</policies>\n", "new.txt", "<b>hi</b>")));

		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/diff?from=1&to=2")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"del\">-&lt;base/&gt;</span>")
			.contains("<span class=\"add\">+&lt;cors/&gt;</span>")
			.contains("gone.txt</span> <span class=\"muted\">(removed)")
			.contains("new.txt</span> <span class=\"muted\">(added)")
			.contains("+&lt;b&gt;hi&lt;/b&gt;");
	}

	@Test
	void restoresThroughTheEditLinkOnly() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files("policy.xml", "<policies/>"));
		given(this.store.restore(StoredFixtures.EDIT_ID, 1)).willReturn(Optional.of(StoredFixtures.summary("Contoso", 3)));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/revisions/1/restore").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/" + StoredFixtures.EDIT_ID + "/history?restored=3");
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.VIEW_ID + "/revisions/1/restore").with(csrf())).hasStatus(404);
		assertThat(this.mvc.post().uri("/v/" + StoredFixtures.VIEW_ID + "/revisions/1/restore").with(csrf()))
			.hasStatus4xxClientError();
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/revisions/1/restore")).hasStatus(403);
		then(this.store).should(never()).restore(StoredFixtures.VIEW_ID, 1);
	}

	@Test
	void answersAnUnknownRevisionWithTheNotFoundPage() {
		StoredFixtures.stored(this.store, "Contoso", StoredFixtures.files());
		given(this.store.files(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.eq(9))).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID + "/diff?from=1&to=9")).hasStatus(404)
			.bodyText()
			.contains("There is no revision 9 of this workspace.");
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/revisions/9/restore").with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID + "/diff?from=one&to=2")).hasStatus(400);
	}

	@Test
	void exportsTheFilesAsAnApiOpsZip() throws Exception {
		StoredFixtures.stored(this.store, "Contoso / prod", StoredFixtures.files("policy.xml", "<policies/>",
				"apis/orders/policy.xml", "<policies/>"));

		MvcTestResult result = this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/export.zip").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/zip");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("Contoso-prod-r1.zip");
		WorkspaceFiles exported = WorkspaceFiles.fromZip(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()),
				ArchiveLimits.DEFAULTS);
		assertThat(exported.paths()).containsExactly("apis/orders/policy.xml", "policy.xml");
		then(this.store).should(never()).save(anyString(), org.mockito.ArgumentMatchers.any(), anyString());
		then(this.store).should(never()).restore(anyString(), anyInt());
	}

}
