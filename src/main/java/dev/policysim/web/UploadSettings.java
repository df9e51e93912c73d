package dev.policysim.web;

import dev.policysim.workspace.ArchiveLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The upload limits users see (formats.md §7), settable as {@code policysim.upload.*}.
 *
 * @param maxArchiveBytes the largest zip accepted
 * @param maxEntries the most files a zip or folder may hold
 * @param maxUnpackedBytes the most bytes all files may hold together
 */
@ConfigurationProperties("policysim.upload")
public record UploadSettings(long maxArchiveBytes, int maxEntries, long maxUnpackedBytes) {

	public UploadSettings {
		// fall back to the documented defaults for settings left out
		maxArchiveBytes = (maxArchiveBytes > 0) ? maxArchiveBytes : ArchiveLimits.DEFAULTS.maxArchiveBytes();
		maxEntries = (maxEntries > 0) ? maxEntries : ArchiveLimits.DEFAULTS.maxEntries();
		maxUnpackedBytes = (maxUnpackedBytes > 0) ? maxUnpackedBytes : ArchiveLimits.DEFAULTS.maxUnpackedBytes();
	}

	/** The limits as the workspace reader takes them. */
	public ArchiveLimits limits() {
		return new ArchiveLimits(this.maxArchiveBytes, this.maxEntries, this.maxUnpackedBytes);
	}

	public static String megabytes(long bytes) {
		double value = bytes / (1024.0 * 1024.0);
		return (value >= 10 || value == Math.floor(value)) ? String.format(java.util.Locale.ROOT, "%.0f MB", value)
				: String.format(java.util.Locale.ROOT, "%.1f MB", value);
	}

}
