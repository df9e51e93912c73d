package dev.policysim.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision as the history page lists it.
 *
 * @param number its number, 1 for the first
 * @param created when it was saved
 * @param message what the user said about it
 * @param restoredFrom the revision it restores, when it was made by a restore
 */
public record RevisionSummary(int number, Instant created, String message, Optional<Integer> restoredFrom) {

	public RevisionSummary {
		Objects.requireNonNull(created, "created");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(restoredFrom, "restoredFrom");
	}

}
