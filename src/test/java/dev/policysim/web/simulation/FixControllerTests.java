package dev.policysim.web.simulation;

import java.nio.file.Path;

import dev.policysim.simulation.Summary;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.StoredFixtures;
import dev.policysim.web.WebSliceConfiguration;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(FixController.class)
@Import(WebSliceConfiguration.class)
class FixControllerTests {

	static final String EDIT = "/w/" + StoredFixtures.EDIT_ID;

	static final String FIX = EDIT + "/fix?request=0&repeat=5&cause=1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ScenarioRun run;

	@MockitoBean
	WorkspaceStore store;

	WorkspaceFiles sample() throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("sample-policies", "03-rate-limit-before-cors"),
				ArchiveLimits.DEFAULTS);
		StoredFixtures.stored(this.store, "rate limit", files);
		return files;
	}

	@Test
	void showsTheDiffOfTheSourceFileWithAConfirmButton() throws Exception {
		sample();

		assertThat(this.mvc.get().uri(FIX)).hasStatusOk()
			.hasViewName(FixController.VIEW)
			.bodyText()
			.contains(">apis/orders/policy.xml<")
			.containsPattern("class=\"(add|del)\"")
			.contains("id=\"apply-fix-form\"")
			.contains("name=\"_csrf\"")
			.contains("name=\"revision\" value=\"1\"");
	}

	@Test
	void appliesTheFixAsANewRevisionThenRunsAgainToGreen() throws Exception {
		WorkspaceFiles before = sample();

		assertThat(this.mvc.post()
			.uri(EDIT + "/fix")
			.param("request", "0")
			.param("repeat", "5")
			.param("cause", "1")
			.param("revision", "1")
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl(EDIT + "/run?fixed=2");

		ArgumentCaptor<WorkspaceFiles> saved = ArgumentCaptor.forClass(WorkspaceFiles.class);
		then(this.store).should().save(eq(StoredFixtures.EDIT_ID), saved.capture(), anyString());
		assertThat(saved.getValue().text("apis/orders/policy.xml"))
			.isNotEqualTo(before.text("apis/orders/policy.xml"));
		assertThat(saved.getValue().paths()).isEqualTo(before.paths());
		Summary summary = this.run.run(saved.getValue()).report().orElseThrow().summary();
		assertThat(summary.blocked()).isZero();
		assertThat(summary.expectationsFailed()).isZero();
	}

	@Test
	void showsTheDiffAgainInsteadOfApplyingWhenTheWorkspaceMovedOn() throws Exception {
		sample();

		assertThat(this.mvc.post()
			.uri(EDIT + "/fix")
			.param("request", "0")
			.param("repeat", "5")
			.param("cause", "1")
			.param("revision", "0")
			.with(csrf())).hasRedirectedUrl(FIX + "&moved=0");
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void refusesWithoutCsrfTokenOrThroughTheReadOnlyLink() throws Exception {
		sample();

		assertThat(this.mvc.post()
			.uri(EDIT + "/fix")
			.param("request", "0")
			.param("repeat", "5")
			.param("cause", "1")
			.param("revision", "1")).hasStatus(403);
		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.VIEW_ID + "/fix?request=0&repeat=5&cause=1")).hasStatus(404);
		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/fix?request=0&repeat=5&cause=1")).hasStatus(404);
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void answersACauseWithoutMechanicalFixOrAnUnknownSendWithNotFound() throws Exception {
		sample();

		assertThat(this.mvc.get().uri(EDIT + "/fix?request=0&repeat=0&cause=0")).hasStatus(404);
		assertThat(this.mvc.get().uri(EDIT + "/fix?request=3&repeat=5&cause=1")).hasStatus(404);
		assertThat(this.mvc.get().uri(EDIT + "/fix?request=0&repeat=5&cause=9")).hasStatus(404)
			.bodyText()
			.contains(FixController.GONE);
	}

}
