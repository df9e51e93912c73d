package dev.policysim.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A workspace row: its two public ids, its name and the number of its newest revision. */
@Entity
@Table(name = "workspace")
class StoredWorkspace {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "edit_id", nullable = false, updatable = false)
	private String editId = "";

	@Column(name = "view_id", nullable = false, updatable = false)
	private String viewId = "";

	@Column(nullable = false)
	private String name = "";

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	@Column(name = "current_revision", nullable = false)
	private int currentRevision;

	protected StoredWorkspace() {
	}

	StoredWorkspace(String name, Instant now) {
		this.editId = PublicIds.next();
		this.viewId = PublicIds.next();
		this.name = name;
		this.createdAt = now;
		this.updatedAt = now;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("the workspace has not been saved yet");
		}
		return this.id;
	}

	String name() {
		return this.name;
	}

	int currentRevision() {
		return this.currentRevision;
	}

	void rename(String newName, Instant now) {
		this.name = newName;
		this.updatedAt = now;
	}

	/** Moves the workspace on to its next revision and returns that revision's number. */
	int advance(Instant now) {
		this.currentRevision++;
		this.updatedAt = now;
		return this.currentRevision;
	}

	WorkspaceSummary summary() {
		return new WorkspaceSummary(this.editId, this.viewId, this.name, this.createdAt, this.updatedAt,
				this.currentRevision);
	}

}
