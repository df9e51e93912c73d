package dev.policysim.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.SimulationJson;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Permalinks on H2 with the Flyway schema: saved once, read back unchanged, expired, purged. */
@DataJpaTest(properties = "spring.datasource.url=jdbc:h2:mem:permalinks;DB_CLOSE_DELAY=-1")
@Import({ Permalinks.class, WorkspaceStore.class, RevisionFiles.class, FileBlobWriter.class,
		PermalinksIntegrationTests.Clocks.class })
class PermalinksIntegrationTests {

	@Autowired
	Permalinks permalinks;

	@Autowired
	WorkspaceStore workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	@Autowired
	MovableClock clock;

	@Test
	void readsBackTheSnapshotExactlyAsSaved() {
		SampleSimulation sample = SampleSimulation.of("04-product-policies-before-cors");

		Permalink saved = this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());
		flushAndClear();
		Permalink read = this.permalinks.find(saved.id()).orElseThrow();

		assertThat(read).isEqualTo(saved);
		assertThat(read.id()).matches("[0-9A-Za-z]{22}");
		assertThat(read.path()).isEqualTo("/s/" + read.id());
		assertThat(read.scenarioName()).isEqualTo("Starter product: rate limit hides the CORS headers");
		assertThat(read.scenario()).isEqualTo(sample.scenario());
		assertThat(read.profile()).isEqualTo(GatewayProfile.DEFAULT);
		assertThat(read.appVersion()).isEqualTo(Permalinks.DEVELOPMENT);
		assertThat(read.created()).isEqualTo(this.clock.instant());
		assertThat(read.expires()).isEmpty();
		assertThat(read.reportJson()).isEqualTo(compact(new SimulationJson().write(sample.report())));
		assertThat(read.files()).extracting(SnapshotFile::path).containsExactlyElementsOf(sample.files().paths());
		WorkspaceFiles files = this.permalinks.files(saved.id()).orElseThrow();
		assertThat(files.paths()).isEqualTo(sample.files().paths());
		sample.files().paths().forEach((path) -> assertThat(files.content(path)).hasValue(sample.files().content(path).orElseThrow()));
		PermalinkSnapshot snapshot = this.permalinks.snapshot(saved.id()).orElseThrow();
		assertThat(snapshot.permalink()).isEqualTo(saved);
		assertThat(snapshot.files().paths()).isEqualTo(sample.files().paths());
		sample.files().paths().forEach((path) -> assertThat(snapshot.files().content(path))
			.hasValue(sample.files().content(path).orElseThrow()));
	}

	@Test
	void keepsTheSnapshotWhenTheWorkspaceItCameFromChanges() {
		SampleSimulation sample = SampleSimulation.of("03-rate-limit-before-cors");
		WorkspaceSummary workspace = this.workspaces.create("source", sample.files(), "imported");
		Permalink saved = this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());

		this.workspaces.save(workspace.editId(), sample.files().with("policy.xml", "<policies/>".getBytes(StandardCharsets.UTF_8))
			.without("scenario.json"), "edited after saving");
		flushAndClear();

		assertThat(this.permalinks.find(saved.id())).hasValue(saved);
		assertThat(this.permalinks.files(saved.id()).orElseThrow().text("policy.xml"))
			.isEqualTo(sample.files().text("policy.xml"));
		assertThat(this.permalinks.files(saved.id()).orElseThrow().paths()).contains("scenario.json");
	}

	@Test
	void storesFileContentsOnceAcrossWorkspacesAndPermalinks() {
		SampleSimulation sample = SampleSimulation.of("01-no-cors");
		this.workspaces.create("source", sample.files(), "imported");

		this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());
		this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());
		flushAndClear();

		String hash = RevisionFiles.sha256(sample.files().content("policy.xml").orElseThrow());
		assertThat(this.jdbc.queryForObject("select count(*) from file_blob where hash = ?", Integer.class, hash)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from permalink_file where blob_hash = ?", Integer.class, hash))
			.isEqualTo(2);
	}

	@Test
	void givesEverySnapshotItsOwnRandomId() {
		SampleSimulation sample = SampleSimulation.of("01-no-cors");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty()).id());
		}

		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[0-9A-Za-z]{22}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "'; drop table permalink; --", "EditEditEditEditEdit01" })
	void findsNothingForIdsNoPermalinkHas(String id) {
		assertThat(this.permalinks.find(id)).isEmpty();
		assertThat(this.permalinks.files(id)).isEmpty();
		assertThat(this.permalinks.snapshot(id)).isEmpty();
	}

	@Test
	void answersExpiredOnceTheLifetimeHasPassedAndPurgesItThen() {
		SampleSimulation sample = SampleSimulation.of("07-terminate-unmatched");
		Permalink shortLived = this.permalinks.save(sample.files(), sample.scenario(), sample.report(),
				Optional.of(Duration.ofHours(1)));
		Permalink kept = this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());
		assertThat(shortLived.expires()).hasValue(this.clock.instant().plus(Duration.ofHours(1)));
		assertThat(this.permalinks.find(shortLived.id())).isPresent();

		this.clock.advance(Duration.ofHours(1));
		flushAndClear();

		assertThatExceptionOfType(PermalinkExpiredException.class).isThrownBy(() -> this.permalinks.find(shortLived.id()))
			.satisfies((ex) -> assertThat(ex.expired()).isEqualTo(shortLived.expires().orElseThrow()));
		assertThatExceptionOfType(PermalinkExpiredException.class).isThrownBy(() -> this.permalinks.files(shortLived.id()));
		assertThatExceptionOfType(PermalinkExpiredException.class).isThrownBy(() -> this.permalinks.snapshot(shortLived.id()));
		assertThat(this.permalinks.purgeExpired()).isEqualTo(1);
		flushAndClear();
		assertThat(this.permalinks.find(shortLived.id())).isEmpty();
		assertThat(this.permalinks.find(kept.id())).hasValue(kept);
		assertThat(this.permalinks.files(kept.id()).orElseThrow().paths()).isEqualTo(sample.files().paths());
	}

	@Test
	void purgeDeletesTheContentsOnlyThePurgedSnapshotHeld() {
		SampleSimulation sample = SampleSimulation.of("05-duplicate-cors");
		WorkspaceFiles own = sample.files().with("only-here.txt", "unique to the expiring snapshot".getBytes(StandardCharsets.UTF_8));
		this.workspaces.create("keeps the rest", sample.files(), "imported");
		this.permalinks.save(own, sample.scenario(), sample.report(), Optional.of(Duration.ofMinutes(5)));
		this.clock.advance(Duration.ofMinutes(10));

		this.permalinks.purgeExpired();
		flushAndClear();

		assertThat(blobs("unique to the expiring snapshot")).isZero();
		assertThat(blobs(sample.files().text("policy.xml").orElseThrow())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from permalink_file where blob_hash = ?", Integer.class,
				RevisionFiles.sha256("unique to the expiring snapshot".getBytes(StandardCharsets.UTF_8)))).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT0S", "-PT1H", "P3651D" })
	void refusesALifetimeThatIsNotPositiveOrTooLong(String lifetime) {
		SampleSimulation sample = SampleSimulation.of("01-no-cors");

		assertThatIllegalArgumentException().isThrownBy(() -> this.permalinks.save(sample.files(), sample.scenario(),
				sample.report(), Optional.of(Duration.parse(lifetime))))
			.withMessageContaining("lifetime");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void savesTheSameNewContentFromManyClientsAtOnce() throws Exception {
		SampleSimulation sample = SampleSimulation.of(WorkspaceFiles.of(java.util.Map.of()).with("policy.xml",
				("<policies><inbound><base /></inbound><!-- " + Instant.now() + " --></policies>").getBytes(StandardCharsets.UTF_8))
			.with("scenario.json", SampleSimulation.of("01-no-cors").scenario().text().getBytes(StandardCharsets.UTF_8)));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Permalink>> saves = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				saves.add(() -> this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty()));
			}
			List<String> ids = new ArrayList<>();
			for (Future<Permalink> saved : pool.invokeAll(saves)) {
				ids.add(saved.get().id());
			}

			assertThat(ids).hasSize(16).doesNotHaveDuplicates();
			ids.forEach((id) -> assertThat(this.permalinks.files(id).orElseThrow().paths()).contains("policy.xml"));
		}
		finally {
			pool.shutdown();
		}
	}

	private int blobs(String content) {
		return this.jdbc.queryForObject("select count(*) from file_blob where hash = ?", Integer.class,
				RevisionFiles.sha256(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static String compact(String json) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).toString();
	}

	private void flushAndClear() {
		this.entities.flush();
		this.entities.clear();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
		}

	}

}
