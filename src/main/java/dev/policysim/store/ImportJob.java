package dev.policysim.store;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** The progress row of one background import, polled by the browser through any instance. */
@Entity
@Table(name = "import_job")
class ImportJob implements Persistable<String> {

	@Id
	private String id = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportProgress.State state = ImportProgress.State.RUNNING;

	@Column(nullable = false)
	private String step = "";

	@Column(name = "done_count", nullable = false)
	private int done;

	@Column(name = "total_count", nullable = false)
	private int total;

	@Column
	private @Nullable String message;

	@Column(name = "edit_id")
	private @Nullable String editId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	@Transient
	private boolean fresh;

	protected ImportJob() {
	}

	ImportJob(String step, Instant now) {
		this.id = PublicIds.next();
		this.step = step;
		this.createdAt = now;
		this.updatedAt = now;
		this.fresh = true;
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	void progress(String newStep, int newDone, int newTotal, Instant now) {
		this.step = newStep;
		this.done = newDone;
		this.total = newTotal;
		this.updatedAt = now;
	}

	void succeed(String newEditId, Instant now) {
		this.state = ImportProgress.State.DONE;
		this.step = "Done";
		this.done = this.total;
		this.editId = newEditId;
		this.updatedAt = now;
	}

	void fail(String reason, Instant now) {
		this.state = ImportProgress.State.FAILED;
		this.message = reason;
		this.updatedAt = now;
	}

	ImportProgress snapshot() {
		return new ImportProgress(this.id, this.state, this.step, this.done, this.total, Optional.ofNullable(this.message),
				Optional.ofNullable(this.editId), this.updatedAt);
	}

}
