package dev.policysim.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The content of a file, stored once under its sha-256 however many revisions hold it. Never
 * changed: the same hash always means the same bytes.
 */
@Entity
@Table(name = "file_blob")
class FileBlob implements Persistable<String> {

	@Id
	private String hash = "";

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private byte[] content = new byte[0];

	// A blob is only ever inserted; telling Spring Data so saves a select per file.
	@Transient
	private boolean fresh;

	protected FileBlob() {
	}

	FileBlob(String hash, byte[] content) {
		this.hash = hash;
		this.size = content.length;
		this.content = content.clone();
		this.fresh = true;
	}

	@Override
	public String getId() {
		return this.hash;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	String hash() {
		return this.hash;
	}

	byte[] content() {
		return this.content.clone();
	}

}
