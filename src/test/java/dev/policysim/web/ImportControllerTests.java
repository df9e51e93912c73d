package dev.policysim.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.policysim.store.ImportJobs;
import dev.policysim.store.ImportProgress;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
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

/** Uploads: limits with a clear message next to the field, and the progress page. */
@WebMvcTest(controllers = ImportController.class, properties = { "policysim.upload.max-archive-bytes=1000",
		"policysim.upload.max-entries=3", "policysim.upload.max-unpacked-bytes=2000" })
@Import(WebSliceConfiguration.class)
class ImportControllerTests {

	static final String JOB = "JobJobJobJobJobJobJob1";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@MockitoBean
	ImportJobs jobs;

	@MockitoBean
	WorkspaceImporter importer;

	@BeforeEach
	void noRecentWorkspaces() {
		given(this.store.byEditIds(any())).willReturn(List.of());
	}

	@Test
	void refusesAZipOverTheSizeLimitWithTheNumbers() {
		MockMultipartFile zip = new MockMultipartFile("zip", "big.zip", "application/zip", new byte[1500]);

		assertThat(this.mvc.post().uri("/import").multipart().file(zip).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("The zip is " + UploadSettings.megabytes(1500) + "; the limit is " + UploadSettings.megabytes(1000) + ".");
		then(this.importer).should(never()).startZip(anyString(), any());
	}

	@Test
	void refusesAFolderWithTooManyFiles() {
		MockMultipartFile[] files = new MockMultipartFile[4];
		for (int i = 0; i < files.length; i++) {
			files[i] = new MockMultipartFile("files", "ws/file" + i + ".txt", "text/plain", "x".getBytes());
		}

		assertThat(this.mvc.post().uri("/import").multipart().file(files[0]).file(files[1]).file(files[2]).file(files[3])
			.with(csrf())).hasStatus(422).bodyText().contains("The folder holds 4 files; the limit is 3.");
	}

	@Test
	void refusesAFolderOverTheUnpackedLimit() {
		MockMultipartFile file = new MockMultipartFile("files", "ws/policy.xml", "text/xml", new byte[2500]);

		assertThat(this.mvc.post().uri("/import").multipart().file(file).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("The folder holds " + UploadSettings.megabytes(2500) + "; the limit is");
	}

	@Test
	void refusesAFolderFileWhoseNameLeavesTheFolder() {
		MockMultipartFile file = new MockMultipartFile("files", "ws/../../etc/cron.d/x", "text/plain", "x".getBytes());

		assertThat(this.mvc.post().uri("/import").multipart().file(file).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("A file name cannot be used");
		then(this.importer).should(never()).startFolder(anyString(), any());
	}

	@Test
	void asksForAFileWhenNoneWasChosen() {
		MockMultipartFile empty = new MockMultipartFile("zip", "", "application/octet-stream", new byte[0]);

		assertThat(this.mvc.post().uri("/import").multipart().file(empty).with(csrf())).hasStatus(422)
			.bodyText()
			.contains("Choose a zip or a folder to import.");
	}

	@Test
	void startsAFolderImportWithoutTheChosenFolderOrHiddenFiles() {
		given(this.importer.startFolder(anyString(), any())).willReturn(JOB);
		MockMultipartFile policy = new MockMultipartFile("files", "contoso/policy.xml", "text/xml", "<policies/>".getBytes());
		MockMultipartFile git = new MockMultipartFile("files", "contoso/.git/config", "text/plain", "x".getBytes());

		assertThat(this.mvc.post().uri("/import").multipart().file(policy).file(git).with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/import/" + JOB);
		then(this.importer).should()
			.startFolder(eq("Imported folder"), argThat((WorkspaceFiles files) -> files.paths().equals(java.util.Set.of("policy.xml"))));
	}

	@Test
	void startsAZipImportNamedAfterTheFile() {
		given(this.importer.startZip(anyString(), any())).willReturn(JOB);
		MockMultipartFile zip = new MockMultipartFile("zip", "contoso.zip", "application/zip", new byte[100]);

		assertThat(this.mvc.post().uri("/import").multipart().file(zip).with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/import/" + JOB);
		then(this.importer).should().startZip(eq("contoso"), any());
	}

	@Test
	void refusesAnUploadWithoutItsCsrfToken() {
		MockMultipartFile zip = new MockMultipartFile("zip", "contoso.zip", "application/zip", new byte[100]);

		assertThat(this.mvc.post().uri("/import").multipart().file(zip)).hasStatus(403);
		then(this.importer).should(never()).startZip(anyString(), any());
	}

	@Test
	void showsProgressThatPollsUntilDone() {
		given(this.jobs.find(JOB)).willReturn(Optional.of(progress(ImportProgress.State.RUNNING, Optional.empty())));

		assertThat(this.mvc.get().uri("/import/" + JOB)).hasStatusOk()
			.bodyText()
			.contains("Storing files: 40 of 80 files")
			.contains("hx-get=\"/import/" + JOB + "/status\"")
			.contains("value=\"50\"");
	}

	@Test
	void sendsTheBrowserToTheNewWorkspaceWhenDone() {
		given(this.jobs.find(JOB)).willReturn(Optional.of(progress(ImportProgress.State.DONE, Optional.of("NewNewNewNewNewNewNew1"))));

		assertThat(this.mvc.get().uri("/import/" + JOB + "/status")).hasStatusOk().headers().hasValue("HX-Redirect", "/import/" + JOB);
		assertThat(this.mvc.get().uri("/import/" + JOB)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/w/NewNewNewNewNewNewNew1")
			.cookies()
			.containsCookie(RecentWorkspaces.COOKIE);
	}

	@Test
	void showsWhyAnImportFailed() {
		ImportProgress failed = new ImportProgress(JOB, ImportProgress.State.FAILED, "Unpacking the zip", 0, 0,
				Optional.of("The entry ../evil.xml would be written outside the workspace folder."), Optional.empty(), Instant.now());
		given(this.jobs.find(JOB)).willReturn(Optional.of(failed));

		assertThat(this.mvc.get().uri("/import/" + JOB)).hasStatusOk()
			.bodyText()
			.contains("The entry ../evil.xml would be written outside the workspace folder.")
			.doesNotContain("hx-get");
	}

	@Test
	void answersAnUnknownJobWithTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/import/unknown")).hasStatus(404).hasViewName("error/404");
	}

	private static ImportProgress progress(ImportProgress.State state, Optional<String> editId) {
		return new ImportProgress(JOB, state, "Storing files", 40, 80, Optional.empty(), editId, Instant.now());
	}

}
