package dev.policysim.policy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads APIM policy documents and fragments from their raw XML. (Implementation in progress.)
 */
public final class PolicyXmlReader {

	private final ReaderLimits limits;

	public PolicyXmlReader(ReaderLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	public PolicyXmlReader() {
		this(ReaderLimits.DEFAULTS);
	}

	/**
	 * Reads one policy file.
	 * @param file the path shown to users, relative to the workspace root
	 * @param content the file's bytes (UTF-8, with or without a byte order mark)
	 * @return the document
	 * @throws PolicyReadException when the file is malformed, hostile, too big or not a policy
	 */
	public PolicyDocument read(String file, byte[] content) throws PolicyReadException {
		return read(file, new String(content, StandardCharsets.UTF_8));
	}

	/**
	 * Reads one policy file from text.
	 * @param file the path shown to users, relative to the workspace root
	 * @param content the file's text
	 * @return the document
	 * @throws PolicyReadException when the file is malformed, hostile, too big or not a policy
	 */
	public PolicyDocument read(String file, String content) throws PolicyReadException {
		throw new UnsupportedOperationException("reader not implemented yet " + this.limits);
	}

}
