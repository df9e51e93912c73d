package dev.policysim.policy;

/**
 * Bounds that keep a hostile or accidental input from exhausting the reader.
 *
 * @param maxBytes the largest document accepted, in bytes (APIM itself caps policies; 256 KB by
 * default)
 * @param maxDepth the deepest element nesting accepted
 */
public record ReaderLimits(int maxBytes, int maxDepth) {

	/** 256 KB per document and 64 levels of nesting. */
	public static final ReaderLimits DEFAULTS = new ReaderLimits(256 * 1024, 64);

	public ReaderLimits {
		if (maxBytes < 1 || maxDepth < 2) {
			throw new IllegalArgumentException("limits must allow a document: " + maxBytes + " bytes, depth " + maxDepth);
		}
	}

}
