package dev.policysim.store;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts the contents not stored yet, in a transaction of its own. Two saves of the same new
 * content at the same moment (the same zip posted twice, the same scenario run by many clients)
 * both see it missing and both insert it; the loser's own transaction fails, not the caller's, so
 * the caller can look again and find the content the other save stored. A blob committed for a
 * save that later fails is harmless: it is only ever referenced by hash.
 */
@Component
class FileBlobWriter {

	private final FileBlobRepository blobs;

	FileBlobWriter(FileBlobRepository blobs) {
		this.blobs = blobs;
	}

	/**
	 * Stores the contents whose hash is not in the database yet.
	 * @param byHash contents by their sha-256
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void insertMissing(Map<String, byte[]> byHash) {
		Set<String> existing = Set.copyOf(this.blobs.findExistingHashes(byHash.keySet()));
		this.blobs.saveAll(byHash.entrySet()
			.stream()
			.filter((entry) -> !existing.contains(entry.getKey()))
			.map((entry) -> new FileBlob(entry.getKey(), entry.getValue()))
			.toList());
	}

}
