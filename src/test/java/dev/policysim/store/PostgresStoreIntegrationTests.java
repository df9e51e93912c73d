package dev.policysim.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.workspace.WorkspaceFiles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The postgres profile is known to work: the Flyway migrations run from an empty schema on a real
 * PostgreSQL, Hibernate validates the mapping against it, and workspaces round-trip with revisions.
 */
@ExtendWith(PostgresAvailable.class)
@DataJpaTest(properties = { "spring.flyway.clean-disabled=false", "spring.jpa.hibernate.ddl-auto=validate" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ WorkspaceStore.class, RevisionFiles.class, FileBlobWriter.class, ImportJobs.class, Permalinks.class,
		StoreConfiguration.class,
		PostgresStoreIntegrationTests.FromEmptySchema.class })
class PostgresStoreIntegrationTests {

	@Autowired
	WorkspaceStore store;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Permalinks permalinks;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresAvailable::url);
		registry.add("spring.datasource.username", PostgresAvailable::user);
		registry.add("spring.datasource.password", PostgresAvailable::password);
	}

	@Test
	void runsEveryMigrationOnPostgres() {
		List<String> versions = this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
		String product = this.jdbc.queryForObject("select version()", String.class);

		assertThat(product).startsWith("PostgreSQL");
		assertThat(versions).startsWith("1", "2", "3");
	}

	@Test
	void roundTripsRevisionsWithBinaryContent() {
		byte[] binary = { 0, (byte) 0xFF, 92, 39 };
		WorkspaceFiles first = WorkspaceFiles.of(Map.of("policy.xml", utf8("<policies/>"), "apis/orders/logo.png", binary));
		WorkspaceSummary created = this.store.create("On PostgreSQL", first, "first");
		this.store.save(created.editId(), first.with("policy.xml", utf8("<policies><inbound/></policies>")), "second");

		WorkspaceSummary restored = this.store.restore(created.editId(), 1).orElseThrow();

		assertThat(restored.currentRevision()).isEqualTo(3);
		assertThat(this.store.files(restored, 3).orElseThrow().content("apis/orders/logo.png")).hasValue(binary);
		assertThat(this.store.files(restored, 2).orElseThrow().text("policy.xml")).hasValue("<policies><inbound/></policies>");
		assertThat(this.store.history(restored)).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
		assertThat(this.store.byViewId(created.viewId())).hasValue(restored);
	}

	@Test
	void keepsImportProgressInTheDatabase() {
		ImportProgress started = this.jobs.start("Unpacking");
		this.jobs.progress(started.id(), "Storing files", 5, 10);

		assertThat(this.jobs.find(started.id())).hasValueSatisfying((progress) -> assertThat(progress.percent()).isEqualTo(50));
	}

	@Test
	void roundTripsAPermalinkAndPurgesItOnceExpired() {
		SampleSimulation sample = SampleSimulation.of("04-product-policies-before-cors");
		Permalink saved = this.permalinks.save(sample.files(), sample.scenario(), sample.report(), Optional.empty());
		Permalink expiring = this.permalinks.save(sample.files(), sample.scenario(), sample.report(),
				Optional.of(Duration.ofNanos(1000)));

		assertThat(this.permalinks.find(saved.id())).hasValue(saved);
		assertThat(this.permalinks.files(saved.id()).orElseThrow().content("policy.xml"))
			.hasValue(sample.files().content("policy.xml").orElseThrow());
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatExceptionOfType(PermalinkExpiredException.class)
			.isThrownBy(() -> this.permalinks.find(expiring.id())));
		assertThat(this.permalinks.purgeExpired()).isPositive();
		assertThat(this.permalinks.find(expiring.id())).isEmpty();
		assertThat(this.permalinks.find(saved.id())).hasValue(saved);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Starts every run from an empty schema, so the migrations are tested as a new install sees them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FromEmptySchema {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}

	}

}
