package dev.policysim.web.simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.store.Permalink;
import dev.policysim.store.Permalinks;
import dev.policysim.store.ScenarioSource;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.web.StoredFixtures;
import dev.policysim.web.WebSliceConfiguration;
import dev.policysim.web.share.Simulations;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest(SaveController.class)
@Import({ WebSliceConfiguration.class, Simulations.class })
class SaveControllerTests {

	static final String EDIT = "/w/" + StoredFixtures.EDIT_ID;

	static final String PERMALINK_ID = "AbCdEfGhIj0123";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	@MockitoBean
	Permalinks permalinks;

	WorkspaceFiles sample() throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("sample-policies", "03-rate-limit-before-cors"),
				ArchiveLimits.DEFAULTS);
		StoredFixtures.stored(this.store, "rate limit", files);
		Permalink saved = new Permalink(PERMALINK_ID, Instant.parse("2026-05-01T10:00:00Z"), Optional.empty(), "1.0",
				"rate limit", new ScenarioSource("{}", ScenarioSource.Format.JSON), GatewayProfile.DEFAULT, "{}", List.of());
		given(this.permalinks.save(any(), any(), any(), any())).willReturn(saved);
		return files;
	}

	@ParameterizedTest
	@ValueSource(strings = { "/w/" + StoredFixtures.EDIT_ID, "/v/" + StoredFixtures.VIEW_ID })
	void storesTheRevisionScenarioAndReportThenRedirectsToThePermalink(String base) throws Exception {
		WorkspaceFiles files = sample();

		assertThat(this.mvc.post().uri(base + "/save").param("revision", "1").with(csrf()))
			.hasRedirectedUrl("/s/" + PERMALINK_ID);

		ArgumentCaptor<ScenarioSource> scenario = ArgumentCaptor.forClass(ScenarioSource.class);
		ArgumentCaptor<SimulationReport> report = ArgumentCaptor.forClass(SimulationReport.class);
		then(this.permalinks).should().save(eq(files), scenario.capture(), report.capture(), eq(Optional.empty()));
		assertThat(scenario.getValue().text()).isEqualTo(files.text("scenario.json").orElseThrow());
		assertThat(scenario.getValue().format()).isEqualTo(ScenarioSource.Format.JSON);
		assertThat(report.getValue().summary().blocked()).isEqualTo(1);
		assertThat(report.getValue().scenario().profile().terminateUnmatchedDefault()).isTrue();
	}

	@Test
	void givesThePermalinkTheChosenLifetime() throws Exception {
		sample();

		assertThat(this.mvc.post().uri(EDIT + "/save").param("revision", "1").param("days", "30").with(csrf()))
			.hasRedirectedUrl("/s/" + PERMALINK_ID);
		then(this.permalinks).should().save(any(), any(), any(), eq(Optional.of(Duration.ofDays(30))));
	}

	@Test
	void refusesAnUnofferedLifetimeAMissingTokenOrAnUnknownRevision() throws Exception {
		sample();
		given(this.store.files(any(), eq(9))).willReturn(Optional.empty());

		assertThat(this.mvc.post().uri(EDIT + "/save").param("revision", "1").param("days", "100000").with(csrf()))
			.hasStatus(400);
		assertThat(this.mvc.post().uri(EDIT + "/save").param("revision", "1")).hasStatus(403);
		assertThat(this.mvc.post().uri(EDIT + "/save").param("revision", "9").with(csrf())).hasStatus(404);
		assertThat(this.mvc.post().uri("/w/nope/save").param("revision", "1").with(csrf())).hasStatus(404);
		then(this.permalinks).should(never()).save(any(), any(), any(), any());
	}

	@Test
	void refusesARevisionWithoutUsableScenario() {
		StoredFixtures.stored(this.store, "no scenario", StoredFixtures.files("policy.xml", "<policies/>"));

		assertThat(this.mvc.post().uri(EDIT + "/save").param("revision", "1").with(csrf())).hasStatus(404)
			.bodyText()
			.contains(SaveController.NO_SCENARIO);
		then(this.permalinks).should(never()).save(any(), any(), any(), any());
	}

}
