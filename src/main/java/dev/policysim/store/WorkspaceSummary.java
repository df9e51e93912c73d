package dev.policysim.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored workspace as pages show it.
 *
 * @param editId the id of the edit link {@code /w/{editId}}: whoever has it may change the workspace
 * @param viewId the id of the read-only link {@code /v/{viewId}}
 * @param name the name its users gave it
 * @param created when it was created
 * @param updated when it last changed
 * @param currentRevision the number of its newest revision, starting at 1
 */
public record WorkspaceSummary(String editId, String viewId, String name, Instant created, Instant updated,
		int currentRevision) {

	public WorkspaceSummary {
		Objects.requireNonNull(editId, "editId");
		Objects.requireNonNull(viewId, "viewId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(created, "created");
		Objects.requireNonNull(updated, "updated");
	}

}
