package dev.policysim.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a background import has come.
 *
 * @param id the job's public id
 * @param state running, done or failed
 * @param step what it is doing, in words
 * @param done how many units of the step are done
 * @param total how many units the step has; 0 while unknown
 * @param message why it failed, when it did
 * @param editId the new workspace's edit id, once done
 * @param updated when the job last reported
 */
public record ImportProgress(String id, State state, String step, int done, int total, Optional<String> message,
		Optional<String> editId, Instant updated) {

	public ImportProgress {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(editId, "editId");
		Objects.requireNonNull(updated, "updated");
	}

	/** The states of a job. */
	public enum State {

		RUNNING, DONE, FAILED

	}

	/** The share done, 0 to 100, for a progress bar. */
	public int percent() {
		return (this.total <= 0) ? 0 : Math.min(100, this.done * 100 / this.total);
	}

}
