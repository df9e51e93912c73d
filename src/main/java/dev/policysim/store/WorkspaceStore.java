package dev.policysim.store;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps workspaces as a series of revisions, each one the complete APIOps file tree. Every save
 * and every restore adds a revision; none is ever changed or removed, so any earlier state can be
 * read, compared and restored. File contents are stored once per distinct content (by sha-256),
 * so a save that changes one file stores one new blob.
 *
 * <p>The rest of the application sees only {@link WorkspaceFiles}; entities stay in this package.
 */
@Service
@Transactional
public class WorkspaceStore {

	private final StoredWorkspaceRepository workspaces;

	private final StoredRevisionRepository revisions;

	private final RevisionFiles files;

	private final Clock clock;

	private final TransactionTemplate transactions;

	WorkspaceStore(StoredWorkspaceRepository workspaces, StoredRevisionRepository revisions, RevisionFiles files,
			Clock clock, PlatformTransactionManager transactions) {
		this.workspaces = workspaces;
		this.revisions = revisions;
		this.files = files;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Creates a workspace whose first revision holds the given files.
	 * @param name the name users gave it
	 * @param files its files
	 * @param message what the first revision says, e.g. "imported orders.zip"
	 * @return the new workspace with its fresh edit and view ids
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public WorkspaceSummary create(String name, WorkspaceFiles files, String message) {
		return create(name, files, message, (done) -> {
		});
	}

	/**
	 * Creates a workspace, reporting how many files are stored as it goes (for an import's progress).
	 * @param name the name users gave it
	 * @param files its files
	 * @param message what the first revision says
	 * @param progress told the number of files stored so far
	 * @return the new workspace
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public WorkspaceSummary create(String name, WorkspaceFiles files, String message, IntConsumer progress) {
		// contents first, in transactions of their own, then the rows (see addRevision)
		List<StoredFile> stored = this.files.store(files, progress);
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			StoredWorkspace workspace = this.workspaces.save(new StoredWorkspace(name, this.clock.instant()));
			addRevision(workspace, stored, message);
			return workspace.summary();
		}));
	}

	/**
	 * A workspace by the id of its edit link.
	 * @param editId the id
	 * @return the workspace, or empty when no workspace has this edit id (a view id never matches)
	 */
	@Transactional(readOnly = true)
	public Optional<WorkspaceSummary> byEditId(String editId) {
		return findByEditId(editId).map(StoredWorkspace::summary);
	}

	/**
	 * A workspace by the id of its read-only link.
	 * @param viewId the id
	 * @return the workspace, or empty when no workspace has this view id (an edit id never matches)
	 */
	@Transactional(readOnly = true)
	public Optional<WorkspaceSummary> byViewId(String viewId) {
		if (!PublicIds.isWellFormed(viewId)) {
			return Optional.empty();
		}
		return this.workspaces.findByViewId(viewId).map(StoredWorkspace::summary);
	}

	/**
	 * The workspaces with the given edit ids, most recently changed first.
	 * @param editIds the ids, e.g. those a browser remembers; unknown ones are left out
	 * @return the workspaces; empty when none is known
	 */
	@Transactional(readOnly = true)
	public List<WorkspaceSummary> byEditIds(Set<String> editIds) {
		List<String> wellFormed = editIds.stream().filter(PublicIds::isWellFormed).toList();
		if (wellFormed.isEmpty()) {
			return List.of();
		}
		return this.workspaces.findByEditIdInOrderByUpdatedAtDesc(wellFormed).stream().map(StoredWorkspace::summary).toList();
	}

	/**
	 * The files of one revision.
	 * @param workspace the workspace
	 * @param number the revision number
	 * @return the files, or empty when the workspace has no such revision
	 */
	@Transactional(readOnly = true)
	public Optional<WorkspaceFiles> files(WorkspaceSummary workspace, int number) {
		StoredWorkspace stored = findByEditId(workspace.editId()).orElseThrow();
		return this.revisions.findByWorkspaceIdAndNumber(stored.id(), number)
			.map((revision) -> this.files.load(revision.files()));
	}

	/**
	 * The revisions of a workspace, newest first.
	 * @param workspace the workspace
	 * @return the revisions; never empty for a stored workspace
	 */
	@Transactional(readOnly = true)
	public List<RevisionSummary> history(WorkspaceSummary workspace) {
		StoredWorkspace stored = findByEditId(workspace.editId()).orElseThrow();
		return this.revisions.findByWorkspaceIdOrderByNumberDesc(stored.id()).stream().map(StoredRevision::summary).toList();
	}

	/**
	 * Saves a new state of a workspace as its next revision.
	 * @param editId the workspace's edit id
	 * @param files the complete new file tree
	 * @param message what the user said about the change
	 * @return the workspace with its new revision number, or empty when the edit id is unknown
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<WorkspaceSummary> save(String editId, WorkspaceFiles files, String message) {
		if (!PublicIds.isWellFormed(editId)) {
			return Optional.empty();
		}
		List<StoredFile> stored = this.files.store(files, (done) -> {
		});
		return Objects.requireNonNull(this.transactions.execute((status) -> findByEditId(editId).map((workspace) -> {
			addRevision(workspace, stored, message);
			return workspace.summary();
		})));
	}

	/**
	 * Restores an earlier revision by saving its files as the next revision; the revisions in
	 * between stay readable.
	 * @param editId the workspace's edit id
	 * @param number the revision to restore
	 * @return the workspace with its new revision number, or empty when the workspace or the
	 * revision is unknown
	 */
	public Optional<WorkspaceSummary> restore(String editId, int number) {
		Optional<StoredWorkspace> workspace = findByEditId(editId);
		Optional<StoredRevision> old = workspace
			.flatMap((stored) -> this.revisions.findByWorkspaceIdAndNumber(stored.id(), number));
		if (workspace.isEmpty() || old.isEmpty()) {
			return Optional.empty();
		}
		StoredWorkspace stored = workspace.get();
		int next = stored.advance(this.clock.instant());
		this.revisions.save(new StoredRevision(stored.id(), next, this.clock.instant(), "Restored revision " + number,
				number, old.get().files()));
		return Optional.of(stored.summary());
	}

	/**
	 * Renames a workspace; the name is not part of its revisions.
	 * @param editId the workspace's edit id
	 * @param name the new name
	 * @return the renamed workspace, or empty when the edit id is unknown
	 */
	public Optional<WorkspaceSummary> rename(String editId, String name) {
		return findByEditId(editId).map((workspace) -> {
			workspace.rename(name, this.clock.instant());
			return workspace.summary();
		});
	}

	private Optional<StoredWorkspace> findByEditId(String editId) {
		if (!PublicIds.isWellFormed(editId)) {
			return Optional.empty();
		}
		return this.workspaces.findByEditId(editId);
	}

	/**
	 * Adds a revision whose contents are already stored. Why contents are stored first, outside
	 * this transaction: {@link RevisionFiles#storeContents} writes in a transaction of its own, which
	 * takes a second pooled connection; holding one while waiting for another deadlocks the pool
	 * once as many saves run at once as it has connections (the load test found this).
	 */
	private void addRevision(StoredWorkspace workspace, List<StoredFile> stored, String message) {
		int number = workspace.advance(this.clock.instant());
		this.revisions.save(new StoredRevision(workspace.id(), number, this.clock.instant(), message, null, stored));
	}

}
