package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.workspace.WorkspaceFiles;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/** Workspaces a mocked store answers with, for the page slices. */
public final class StoredFixtures {

	public static final String EDIT_ID = "EditEditEditEditEdit01";

	public static final String VIEW_ID = "ViewViewViewViewView01";

	public static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>";

	private StoredFixtures() {
	}

	public static WorkspaceSummary summary(String name, int revision) {
		Instant when = Instant.parse("2026-05-01T10:00:00Z");
		return new WorkspaceSummary(EDIT_ID, VIEW_ID, name, when, when, revision);
	}

	public static WorkspaceFiles files(String... pathsAndContents) {
		Map<String, byte[]> files = new java.util.TreeMap<>();
		for (int i = 0; i < pathsAndContents.length; i += 2) {
			files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		return WorkspaceFiles.of(files);
	}

	/** Makes the store know one workspace by both its ids, at one revision holding these files. */
	public static WorkspaceSummary stored(WorkspaceStore store, String name, WorkspaceFiles files) {
		WorkspaceSummary summary = summary(name, 1);
		given(store.byEditId(EDIT_ID)).willReturn(Optional.of(summary));
		given(store.byViewId(VIEW_ID)).willReturn(Optional.of(summary));
		given(store.files(eq(summary), anyInt())).willReturn(Optional.of(files));
		given(store.save(eq(EDIT_ID), any(), any())).willReturn(Optional.of(summary(name, 2)));
		return summary;
	}

}
