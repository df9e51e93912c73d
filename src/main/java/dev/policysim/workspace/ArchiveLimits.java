package dev.policysim.workspace;

/**
 * Bounds on a workspace upload, so a zip bomb or a huge folder is refused before it hurts.
 *
 * @param maxArchiveBytes the largest zip accepted, in bytes
 * @param maxEntries the most files (zip entries or folder files) accepted
 * @param maxUnpackedBytes the most bytes all files may hold together once unpacked
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxUnpackedBytes) {

	/** formats.md §7: a zip of at most 10 MB, 2 000 entries and 50 MB unpacked. */
	public static final ArchiveLimits DEFAULTS = new ArchiveLimits(10L * 1024 * 1024, 2000, 50L * 1024 * 1024);

	public ArchiveLimits {
		if (maxArchiveBytes < 1 || maxEntries < 1 || maxUnpackedBytes < 1) {
			throw new IllegalArgumentException("archive limits must be positive");
		}
	}

}
