package dev.policysim.store;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Import progress lives in the database, so any instance answers the poll. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ImportJobs.class, ImportJobsIntegrationTests.Clocks.class })
class ImportJobsIntegrationTests {

	@Autowired
	ImportJobs jobs;

	@Autowired
	MovableClock clock;

	@Test
	void reportsProgressThenTheNewWorkspace() {
		ImportProgress started = this.jobs.start("Unpacking");

		this.jobs.progress(started.id(), "Storing files", 30, 120);
		assertThat(this.jobs.find(started.id())).hasValueSatisfying((progress) -> {
			assertThat(progress.state()).isEqualTo(ImportProgress.State.RUNNING);
			assertThat(progress.step()).isEqualTo("Storing files");
			assertThat(progress.percent()).isEqualTo(25);
		});

		this.jobs.succeed(started.id(), "editId");
		assertThat(this.jobs.find(started.id())).hasValueSatisfying((progress) -> {
			assertThat(progress.state()).isEqualTo(ImportProgress.State.DONE);
			assertThat(progress.editId()).hasValue("editId");
		});
	}

	@Test
	void reportsAFailureWithItsReason() {
		ImportProgress started = this.jobs.start("Unpacking");

		this.jobs.fail(started.id(), "The zip holds 2001 files; the limit is 2000.");

		assertThat(this.jobs.find(started.id())).hasValueSatisfying((progress) -> {
			assertThat(progress.state()).isEqualTo(ImportProgress.State.FAILED);
			assertThat(progress.message()).hasValue("The zip holds 2001 files; the limit is 2000.");
		});
	}

	@Test
	void reportsAJobWhoseInstanceStoppedAsFailed() {
		ImportProgress started = this.jobs.start("Unpacking");

		this.clock.advance(ImportJobs.STALE_AFTER.plus(Duration.ofSeconds(1)));

		assertThat(this.jobs.find(started.id())).hasValueSatisfying(
				(progress) -> assertThat(progress.state()).isEqualTo(ImportProgress.State.FAILED));
	}

	@Test
	void knowsNoJobByAGuessedId() {
		assertThat(this.jobs.find("0000000000000000000000")).isEmpty();
		assertThat(this.jobs.find("../etc")).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
		}

	}

}
