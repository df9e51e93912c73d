package dev.policysim.simulation.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policysim.policy.PolicySource;
import dev.policysim.policy.Position;

/**
 * Edits to one policy file's original text, addressed by the positions the policy reader reported:
 * insert, move, delete an element, add a child, set an attribute. Inserted elements take the
 * indentation of their neighbours; everything else in the file stays byte for byte. The edits of
 * one instance must not overlap; they are applied together by {@link #patch()}.
 */
final class PolicyEdits {

	private final String file;

	private final PolicySource source;

	private final boolean created;

	private final List<Edit> edits = new ArrayList<>();

	private PolicyEdits(String file, String text, boolean created) {
		this.file = file;
		this.source = PolicySource.of(text);
		this.created = created;
	}

	/**
	 * Edits to an existing file.
	 * @param file the path relative to the workspace root
	 * @param text the file's text
	 * @return the editor
	 */
	static PolicyEdits of(String file, String text) {
		return new PolicyEdits(file, text, false);
	}

	/**
	 * A file that does not exist yet, written whole.
	 * @param file the path relative to the workspace root
	 * @param text the new file's text
	 * @return the patch creating it
	 */
	static Patch create(String file, String text) {
		return Patch.between(file, "", text, true);
	}

	/** The file's text. */
	String text() {
		return this.source.text();
	}

	/** One step of indentation as the file uses it: its first indented line's, or two spaces. */
	String unit() {
		Matcher indented = Pattern.compile("\\n([ \\t]+)<").matcher(this.source.text());
		return indented.find() ? indented.group(1) : "  ";
	}

	/** The indentation of the line an element starts on. */
	String indentation(Position element) {
		return this.source.indentation(element);
	}

	/**
	 * The text of an element, its continuation lines made relative to its own line's indentation,
	 * so it can be put elsewhere with {@link #indent}.
	 * @param element where the element starts
	 * @return the element's text
	 */
	String extract(Position element) {
		PolicySource.Span span = span(element);
		String text = this.source.text().substring(span.start(), span.end());
		String indentation = indentation(element);
		return text.replace("\n" + indentation, "\n");
	}

	/**
	 * Inserts a block on its own line before an element, at the element's indentation.
	 * @param element where the element starts
	 * @param block the text, continuation lines relative to its first
	 */
	void insertBefore(Position element, String block) {
		String indentation = indentation(element);
		int offset = this.source.offset(element);
		if (startsLine(offset)) {
			int lineStart = offset - indentation.length();
			add(lineStart, lineStart, indentation + indent(block, indentation) + "\n");
		}
		else {
			add(offset, offset, indent(block, indentation) + "\n" + indentation);
		}
	}

	/**
	 * Inserts a block on its own line after an element, at the element's indentation.
	 * @param element where the element starts
	 * @param block the text, continuation lines relative to its first
	 */
	void insertAfter(Position element, String block) {
		String indentation = indentation(element);
		int end = span(element).end();
		add(end, end, "\n" + indentation + indent(block, indentation));
	}

	/**
	 * Removes an element, and its line when nothing else stands on it.
	 * @param element where the element starts
	 */
	void delete(Position element) {
		PolicySource.Span span = span(element);
		int start = span.start();
		int end = span.end();
		String text = this.source.text();
		int lineStart = start;
		while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t'
				|| text.charAt(lineEnd) == '\r')) {
			lineEnd++;
		}
		boolean wholeLine = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
				&& (lineEnd == text.length() || text.charAt(lineEnd) == '\n');
		if (wholeLine) {
			add(lineStart, Math.min(lineEnd + 1, text.length()), "");
		}
		else {
			add(start, end, "");
		}
	}

	/**
	 * Replaces an element with a block at the same place.
	 * @param element where the element starts
	 * @param block the new text, continuation lines relative to its first
	 */
	void replace(Position element, String block) {
		PolicySource.Span span = span(element);
		add(span.start(), span.end(), indent(block, indentation(element)));
	}

	/**
	 * Adds a block as the last child of an element, one step deeper than the element; a
	 * self-closing element ({@code <outbound />}) is opened for it.
	 * @param parent where the parent starts
	 * @param block the child's text, continuation lines relative to its first
	 */
	void appendChild(Position parent, String block) {
		PolicySource.Span span = span(parent);
		String text = this.source.text();
		String element = text.substring(span.start(), span.end());
		String indentation = indentation(parent);
		String inner = indentation + unit();
		String child = inner + indent(block, inner);
		int endTag = element.lastIndexOf("</");
		if (endTag < 0) {
			String open = element.substring(0, element.length() - 2).stripTrailing() + ">";
			String name = element.substring(1).split("[\\s/>]", 2)[0];
			add(span.start(), span.end(), open + "\n" + child + "\n" + indentation + "</" + name + ">");
			return;
		}
		int offset = span.start() + endTag;
		if (startsLine(offset)) {
			int lineStart = offset - indentation(this.source.position(offset)).length();
			add(lineStart, lineStart, child + "\n");
		}
		else {
			add(offset, offset, "\n" + child + "\n" + indentation);
		}
	}

	/**
	 * Sets an attribute in an element's start tag, replacing its value or adding it at the end.
	 * @param element where the element starts
	 * @param name the attribute
	 * @param value the new value, without quotes
	 */
	void setAttribute(Position element, String name, String value) {
		int start = this.source.offset(element);
		int tagEnd = startTagEnd(start);
		String tag = this.source.text().substring(start, tagEnd);
		Matcher existing = Pattern.compile("\\s" + Pattern.quote(name) + "\\s*=\\s*(\"[^\"]*\"|'[^']*')").matcher(tag);
		if (existing.find()) {
			add(start + existing.start(1), start + existing.end(1), "\"" + value + "\"");
			return;
		}
		int close = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
		int insertAt = close;
		while (insertAt > 0 && Character.isWhitespace(tag.charAt(insertAt - 1))) {
			insertAt--;
		}
		add(start + insertAt, start + insertAt, " " + name + "=\"" + value + "\"");
	}

	/**
	 * The patch of every edit made.
	 * @return the patch
	 */
	Patch patch() {
		StringBuilder text = new StringBuilder(this.source.text());
		List<Edit> ordered = new ArrayList<>(this.edits);
		ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
		for (Edit edit : ordered) {
			text.replace(edit.start(), edit.end(), edit.text());
		}
		return Patch.between(this.file, this.source.text(), text.toString(), this.created);
	}

	/** Whether anything was edited. */
	boolean isEmpty() {
		return this.edits.isEmpty();
	}

	/**
	 * Indents the continuation lines of a block.
	 * @param block the text, continuation lines relative to its first
	 * @param indentation what to put before each continuation line
	 * @return the indented text
	 */
	static String indent(String block, String indentation) {
		StringBuilder indented = new StringBuilder();
		String[] lines = block.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				indented.append('\n').append(lines[i].isEmpty() ? "" : indentation);
			}
			indented.append(lines[i]);
		}
		return indented.toString();
	}

	private PolicySource.Span span(Position element) {
		return this.source.element(element)
			.orElseThrow(() -> new IllegalArgumentException("no element starts at " + this.file + ":" + element));
	}

	private boolean startsLine(int offset) {
		String text = this.source.text();
		int i = offset;
		while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
			i--;
		}
		return i == 0 || text.charAt(i - 1) == '\n';
	}

	private int startTagEnd(int start) {
		String text = this.source.text();
		char quote = 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i + 1;
			}
		}
		return text.length();
	}

	private void add(int start, int end, String text) {
		for (Edit edit : this.edits) {
			boolean overlaps = start < edit.end() && edit.start() < end;
			boolean sameInsert = start == end && edit.start() == edit.end() && start == edit.start();
			if (overlaps || sameInsert) {
				throw new IllegalStateException("overlapping edits in " + this.file + " at offset " + start);
			}
		}
		this.edits.add(new Edit(start, end, text));
	}

	private record Edit(int start, int end, String text) {
	}

}
