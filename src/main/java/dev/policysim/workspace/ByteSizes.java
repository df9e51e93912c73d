package dev.policysim.workspace;

/**
 * Writes byte counts the way the upload limits are stated ("10 MB"), so refusals read naturally.
 */
final class ByteSizes {

	private static final long KB = 1024;

	private static final long MB = KB * KB;

	private ByteSizes() {
	}

	/**
	 * A byte count for people: whole megabytes or kilobytes when exact, bytes otherwise.
	 * @param bytes the count
	 * @return e.g. {@code 10 MB}, {@code 512 KB} or {@code 1000 bytes}
	 */
	static String describe(long bytes) {
		if (bytes >= MB && bytes % MB == 0) {
			return (bytes / MB) + " MB";
		}
		if (bytes >= KB && bytes % KB == 0) {
			return (bytes / KB) + " KB";
		}
		return bytes + ((bytes == 1) ? " byte" : " bytes");
	}

}
