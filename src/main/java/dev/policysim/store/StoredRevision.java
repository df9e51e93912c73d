package dev.policysim.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One saved state of a workspace: the list of its files. Never changed once written. */
@Entity
@Table(name = "revision")
class StoredRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "workspace_id", nullable = false, updatable = false)
	private long workspaceId;

	@Column(name = "revision_number", nullable = false, updatable = false)
	private int number;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(nullable = false, updatable = false)
	private String message = "";

	@Column(name = "restored_from", updatable = false)
	private @Nullable Integer restoredFrom;

	@ElementCollection
	@CollectionTable(name = "revision_file", joinColumns = @JoinColumn(name = "revision_id"))
	private List<StoredFile> files = new ArrayList<>();

	protected StoredRevision() {
	}

	StoredRevision(long workspaceId, int number, Instant createdAt, String message, @Nullable Integer restoredFrom,
			List<StoredFile> files) {
		this.workspaceId = workspaceId;
		this.number = number;
		this.createdAt = createdAt;
		this.message = message;
		this.restoredFrom = restoredFrom;
		this.files = new ArrayList<>(files);
	}

	int number() {
		return this.number;
	}

	List<StoredFile> files() {
		return List.copyOf(this.files);
	}

	RevisionSummary summary() {
		return new RevisionSummary(this.number, this.createdAt, this.message, Optional.ofNullable(this.restoredFrom));
	}

}
