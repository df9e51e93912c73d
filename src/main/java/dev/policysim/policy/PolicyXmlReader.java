package dev.policysim.policy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

/**
 * Reads APIM policy documents ({@code <policies>}) and fragments ({@code <fragment>}) from the
 * "rawxml" APIM and APIOps store, into the immutable model.
 *
 * <p>Raw XML is not quite XML: a policy expression such as
 * {@code condition="@(context.Request.Headers.GetValueOrDefault("Origin","") == "x")"} holds
 * double quotes inside a double-quoted attribute, and {@code @{...}} blocks hold {@code <} and
 * {@code &&} unescaped. APIM accepts these, so the reader does too: {@link RawXmlScanner} shields
 * the expressions, then the JDK's StAX parser checks everything else, so every real XML error is
 * still reported, with the line and column in the original file.
 *
 * <p>Hostile input is refused before it costs anything: DTDs (and with them external entities and
 * entity expansion) are never read, documents over {@link ReaderLimits#maxBytes()} are refused
 * unread, and nesting beyond {@link ReaderLimits#maxDepth()} stops the parse.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PolicyXmlReader {

	private final ReaderLimits limits;

	public PolicyXmlReader(ReaderLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/** A reader with the default limits (256 KB, 64 levels). */
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
		checkSize(file, content.length);
		return parse(file, new String(content, StandardCharsets.UTF_8), content.length);
	}

	/**
	 * Reads one policy file from text.
	 * @param file the path shown to users, relative to the workspace root
	 * @param content the file's text
	 * @return the document
	 * @throws PolicyReadException when the file is malformed, hostile, too big or not a policy
	 */
	public PolicyDocument read(String file, String content) throws PolicyReadException {
		int size = utf8Length(content);
		checkSize(file, size);
		return parse(file, content, size);
	}

	private PolicyDocument parse(String file, String content, int size) throws PolicyReadException {
		// editors do not show a byte order mark, so columns are counted without it
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		LineIndex lines = new LineIndex(text);
		if (text.isBlank()) {
			throw problem(file, Position.START, "The file is empty; a policy file starts with <policies> or <fragment>.");
		}
		refuseReservedCharacters(file, text, lines);
		ScannedXml scanned = RawXmlScanner.scan(text);
		if (scanned.declarationOffset() >= 0) {
			throw problem(file, lines.position(scanned.declarationOffset()),
					"DOCTYPE and entity declarations are not allowed in a policy file; they are refused to guard "
							+ "against external entities (XXE) and entity expansion.");
		}
		PolicyElement root = buildTree(file, scanned, lines);
		new DocumentShape(file).check(root);
		return new PolicyDocument(file, root, size);
	}

	private PolicyElement buildTree(String file, ScannedXml scanned, LineIndex lines) throws PolicyReadException {
		try {
			@Nullable PolicyElement root = new ElementTreeBuilder(scanned, lines, this.limits.maxDepth()).build();
			if (root == null) {
				throw problem(file, Position.START, "The file holds no element; a policy file starts with <policies> or <fragment>.");
			}
			return root;
		}
		catch (ElementTreeBuilder.TooDeepException ex) {
			throw problem(file, ex.position(), "Elements are nested more than " + this.limits.maxDepth()
					+ " levels deep here; the reader refuses deeper documents.");
		}
		catch (XMLStreamException ex) {
			throw XmlErrors.translate(file, ex, scanned.shielded(), lines);
		}
	}

	private void checkSize(String file, int size) throws PolicyReadException {
		if (size > this.limits.maxBytes()) {
			throw problem(file, Position.START, "The file is " + kilobytes(size) + " KB; the limit is "
					+ kilobytes(this.limits.maxBytes()) + " KB per policy document.");
		}
	}

	private static void refuseReservedCharacters(String file, String text, LineIndex lines) throws PolicyReadException {
		for (int i = 0; i < text.length(); i++) {
			int index = text.charAt(i) - RawXmlScanner.FIRST_PLACEHOLDER;
			if (index >= 0 && index < RawXmlScanner.SHIELDED.length()) {
				throw problem(file, lines.position(i), String.format(
						"The file contains the private-use character U+%04X, which the reader reserves.", (int) text.charAt(i)));
			}
		}
	}

	private static String kilobytes(int bytes) {
		return String.valueOf((bytes + 1023) / 1024);
	}

	private static int utf8Length(String text) {
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				length += 4;
				i++;
			}
			else {
				length += 3;
			}
		}
		return length;
	}

	static PolicyReadException problem(String file, Position position, String message) {
		return new PolicyReadException(new ReadProblem(file, position, message));
	}

	/** The shape APIM requires of a document's top: a known root, known sections, each once. */
	private static final class DocumentShape {

		private final String file;

		DocumentShape(String file) {
			this.file = file;
		}

		void check(PolicyElement root) throws PolicyReadException {
			if (root.name().equals(PolicyDocument.FRAGMENT)) {
				return;
			}
			if (!root.name().equals(PolicyDocument.POLICIES)) {
				throw problem(this.file, root.position(), "The root element is <" + root.name()
						+ ">; a policy document starts with <policies> and a fragment with <fragment>.");
			}
			Set<String> seen = new HashSet<>();
			for (PolicyNode child : root.children()) {
				checkSectionNode(child, seen);
			}
		}

		private void checkSectionNode(PolicyNode child, Set<String> seen) throws PolicyReadException {
			if (child instanceof PolicyText text && !text.isBlank()) {
				throw problem(this.file, text.position(),
						"Text directly inside <policies> is not allowed; it holds only the sections.");
			}
			if (!(child instanceof PolicyElement element)) {
				return;
			}
			if (SectionName.fromXmlName(element.name()).isEmpty()) {
				throw problem(this.file, element.position(), "<" + element.name()
						+ "> is not a section; <policies> holds <inbound>, <backend>, <outbound> and <on-error>.");
			}
			if (!seen.add(element.name())) {
				throw problem(this.file, element.position(),
						"<" + element.name() + "> appears twice; each section may appear once in a policy document.");
			}
		}

	}

}
