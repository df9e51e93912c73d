package dev.policysim.store;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * One file of a revision: its path, what it is, and the hash of its content in {@code file_blob}.
 *
 * @param path the path relative to the workspace root
 * @param kind what the file is in the APIOps layout
 * @param scopeName the scope it belongs to, when it belongs to a named one
 * @param blobHash the sha-256 of the content, lower-case hex
 */
@Embeddable
record StoredFile(@Column(name = "path", nullable = false) String path,
		@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) FileKind kind,
		@Column(name = "scope_name") @Nullable String scopeName,
		@Column(name = "blob_hash", nullable = false) String blobHash) {

	StoredFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(blobHash, "blobHash");
	}

	static StoredFile of(String path, String blobHash) {
		return new StoredFile(path, FileKind.of(path), FileKind.scopeName(path).orElse(null), blobHash);
	}

}
