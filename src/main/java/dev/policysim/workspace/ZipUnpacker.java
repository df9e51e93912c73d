package dev.policysim.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Unpacks an uploaded zip in memory within {@link ArchiveLimits}. Sizes written in the zip's
 * headers are never trusted: bytes are counted while they inflate, so a zip bomb stops at the
 * limit instead of filling memory.
 */
final class ZipUnpacker {

	private static final int CHUNK = 16 * 1024;

	private final ArchiveLimits limits;

	private long unpacked;

	ZipUnpacker(ArchiveLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * Reads a whole stream, refusing it once it grows past {@code maxArchiveBytes}.
	 * @param input the upload
	 * @param limits the limits
	 * @return the bytes
	 * @throws WorkspaceInputException when the stream is too large or cannot be read
	 */
	static byte[] readArchive(InputStream input, ArchiveLimits limits) throws WorkspaceInputException {
		try {
			byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArchiveBytes() + 1));
			if (bytes.length > limits.maxArchiveBytes()) {
				throw tooLarge(limits);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("The zip could not be read: " + ex.getMessage(), ex);
		}
	}

	private static WorkspaceLimitException tooLarge(ArchiveLimits limits) {
		String limit = ByteSizes.describe(limits.maxArchiveBytes());
		return new WorkspaceLimitException("The zip is larger than " + limit + "; the limit is " + limit + ".");
	}

	/**
	 * Unpacks a zip held in memory.
	 * @param zip the archive's bytes
	 * @return the files by normalised path, clutter left out, a common top folder removed
	 * @throws WorkspaceInputException when the zip is over a limit, damaged, not a zip, or holds an
	 * entry that escapes the folder or appears twice
	 */
	Map<String, byte[]> unpack(byte[] zip) throws WorkspaceInputException {
		if (zip.length > this.limits.maxArchiveBytes()) {
			throw tooLarge(this.limits);
		}
		checkLooksLikeZip(zip);
		try (ZipFile file = open(zip)) {
			return EntryNames.stripTopFolder(readEntries(file));
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("The zip is damaged: " + ex.getMessage(), ex);
		}
	}

	private static void checkLooksLikeZip(byte[] zip) throws WorkspaceInputException {
		if (zip.length == 0) {
			throw new WorkspaceInputException("The upload is empty; expected a zip of an APIOps workspace.");
		}
		// Every zip starts with a local file header, or with the end record when it is empty.
		boolean magic = zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K'
				&& ((zip[2] == 3 && zip[3] == 4) || (zip[2] == 5 && zip[3] == 6));
		if (!magic) {
			throw new WorkspaceInputException("The upload is not a zip archive; expected a zip of an APIOps workspace.");
		}
	}

	private static ZipFile open(byte[] zip) throws WorkspaceInputException {
		try {
			return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
		}
		catch (IOException ex) {
			throw new WorkspaceInputException(
					"The zip is truncated or damaged (its table of contents cannot be read): " + ex.getMessage(), ex);
		}
	}

	private Map<String, byte[]> readEntries(ZipFile file) throws WorkspaceInputException {
		Map<String, byte[]> files = new TreeMap<>();
		int entries = 0;
		Enumeration<ZipArchiveEntry> all = file.getEntriesInPhysicalOrder();
		while (all.hasMoreElements()) {
			ZipArchiveEntry entry = all.nextElement();
			entries++;
			if (entries > this.limits.maxEntries()) {
				throw new WorkspaceLimitException("The zip holds more than " + this.limits.maxEntries()
						+ " entries; the limit is " + this.limits.maxEntries() + ".");
			}
			String path = EntryNames.normalise(entry.getName());
			if (entry.isDirectory() || path.isEmpty() || EntryNames.isClutter(path)) {
				continue;
			}
			byte[] content = read(file, entry);
			if (files.put(path, content) != null) {
				throw new WorkspaceInputException("The zip holds the file \"" + path
						+ "\" twice; remove one copy so that no content is silently dropped.");
			}
		}
		return files;
	}

	private byte[] read(ZipFile file, ZipArchiveEntry entry) throws WorkspaceInputException {
		if (!file.canReadEntryData(entry)) {
			throw new WorkspaceInputException("The zip entry \"" + entry.getName()
					+ "\" is encrypted or uses an unsupported compression method; zip it again without a password.");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[CHUNK];
		try (InputStream in = file.getInputStream(entry)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				this.unpacked += read;
				if (this.unpacked > this.limits.maxUnpackedBytes()) {
					String limit = ByteSizes.describe(this.limits.maxUnpackedBytes());
					throw new WorkspaceLimitException(
							"The zip unpacks to more than " + limit + "; the limit is " + limit + ".");
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new WorkspaceInputException(
					"The zip entry \"" + entry.getName() + "\" is damaged: " + ex.getMessage(), ex);
		}
		return out.toByteArray();
	}

}
