package dev.policysim.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Turns a file tree into the file list of a revision and back. Contents are stored once per
 * distinct content, under their sha-256, so a file that a save leaves unchanged is not stored again.
 */
@Component
class RevisionFiles {

	/** How often a save looks again after another save stored the same new content at the same moment. */
	private static final int ATTEMPTS = 3;

	private final FileBlobRepository blobs;

	private final FileBlobWriter writer;

	RevisionFiles(FileBlobRepository blobs, FileBlobWriter writer) {
		this.blobs = blobs;
		this.writer = writer;
	}

	/**
	 * Stores the contents not stored yet and lists the files.
	 * @param files the file tree
	 * @param progress told the number of files handled so far
	 * @return one entry per file, in path order
	 */
	List<StoredFile> store(WorkspaceFiles files, IntConsumer progress) {
		Map<String, byte[]> byHash = new LinkedHashMap<>();
		List<StoredFile> stored = new ArrayList<>();
		int done = 0;
		for (String path : files.paths()) {
			byte[] content = files.content(path).orElseThrow();
			String hash = sha256(content);
			byHash.putIfAbsent(hash, content);
			stored.add(StoredFile.of(path, hash));
			progress.accept(++done);
		}
		storeContents(byHash);
		return stored;
	}

	/**
	 * Stores contents by hash, each at most once.
	 * @param byHash the contents by their sha-256
	 */
	void storeContents(Map<String, byte[]> byHash) {
		if (byHash.isEmpty()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				this.writer.insertMissing(byHash);
				return;
			}
			catch (DataAccessException ex) {
				// another save inserted one of these contents first; it is there now
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Reads contents by hash.
	 * @param hashes the sha-256 hashes
	 * @return the contents found, by hash
	 */
	Map<String, byte[]> contents(Collection<String> hashes) {
		Map<String, byte[]> contents = new HashMap<>();
		if (!hashes.isEmpty()) {
			this.blobs.findByHashIn(List.copyOf(hashes)).forEach((blob) -> contents.put(blob.hash(), blob.content()));
		}
		return contents;
	}

	/**
	 * Reads the file tree of a revision.
	 * @param files the revision's file list
	 * @return the files with their contents
	 */
	WorkspaceFiles load(List<StoredFile> files) {
		Map<String, byte[]> contents = contents(files.stream().map(StoredFile::blobHash).distinct().toList());
		Map<String, byte[]> byPath = new TreeMap<>();
		files.forEach((file) -> byPath.put(file.path(), contents.get(file.blobHash())));
		return WorkspaceFiles.of(byPath);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform must provide SHA-256 (MessageDigest's Javadoc)
			throw new IllegalStateException(ex);
		}
	}

}
