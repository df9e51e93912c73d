package dev.policysim.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of background imports, kept in the database rather than in memory so that whichever
 * instance behind a load balancer answers the browser's poll knows it. Each update commits on its
 * own, so a poll sees it at once.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ImportJobs {

	/** A job that has not reported for this long died with its instance. */
	static final Duration STALE_AFTER = Duration.ofMinutes(5);

	private final ImportJobRepository jobs;

	private final Clock clock;

	ImportJobs(ImportJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Starts a job.
	 * @param step what it does first, in words
	 * @return the job's progress, with its new unguessable id
	 */
	public ImportProgress start(String step) {
		return this.jobs.save(new ImportJob(step, this.clock.instant())).snapshot();
	}

	/**
	 * Records progress.
	 * @param id the job id
	 * @param step what it is doing
	 * @param done how many units are done
	 * @param total how many there are
	 */
	public void progress(String id, String step, int done, int total) {
		this.jobs.findById(id).ifPresent((job) -> job.progress(step, done, total, this.clock.instant()));
	}

	/**
	 * Marks a job done.
	 * @param id the job id
	 * @param editId the edit id of the workspace it created
	 */
	public void succeed(String id, String editId) {
		this.jobs.findById(id).ifPresent((job) -> job.succeed(editId, this.clock.instant()));
	}

	/**
	 * Marks a job failed.
	 * @param id the job id
	 * @param reason one sentence for the user
	 */
	public void fail(String id, String reason) {
		this.jobs.findById(id).ifPresent((job) -> job.fail(reason, this.clock.instant()));
	}

	/**
	 * The progress of a job. A running job that stopped reporting long ago is reported failed.
	 * @param id the job id
	 * @return the progress, or empty when no job has this id
	 */
	@Transactional(readOnly = true)
	public Optional<ImportProgress> find(String id) {
		if (!PublicIds.isWellFormed(id)) {
			return Optional.empty();
		}
		return this.jobs.findById(id).map(ImportJob::snapshot).map(this::markStale);
	}

	private ImportProgress markStale(ImportProgress progress) {
		boolean stale = progress.state() == ImportProgress.State.RUNNING
				&& progress.updated().plus(STALE_AFTER).isBefore(this.clock.instant());
		if (!stale) {
			return progress;
		}
		return new ImportProgress(progress.id(), ImportProgress.State.FAILED, progress.step(), progress.done(),
				progress.total(), Optional.of("The import stopped answering; please try again."), Optional.empty(),
				progress.updated());
	}

}
