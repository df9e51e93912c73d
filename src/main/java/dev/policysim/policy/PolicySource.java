package dev.policysim.policy;

import java.util.List;
import java.util.Optional;

/**
 * The original text of a policy file, indexed so that a fix can be applied to the text itself
 * (keeping the author's formatting and comments) rather than to a re-rendered document: it finds
 * where an element read at a {@link Position} starts and ends.
 */
public final class PolicySource {

	private final String text;

	private final LineIndex lines;

	private final List<Markup> markups;

	private PolicySource(String text) {
		this.text = text;
		this.lines = new LineIndex(text);
		this.markups = RawXmlScanner.scan(text).markups();
	}

	/**
	 * Indexes a file's text.
	 * @param text the file's text, as read
	 * @return the index
	 */
	public static PolicySource of(String text) {
		return new PolicySource(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	/** The indexed text. */
	public String text() {
		return this.text;
	}

	/**
	 * The offset of a line and column.
	 * @param position a position in this text
	 * @return the character offset
	 */
	public int offset(Position position) {
		return this.lines.offset(position.line(), position.column());
	}

	/**
	 * The line and column of an offset.
	 * @param offset a character offset
	 * @return the position
	 */
	public Position position(int offset) {
		return this.lines.position(offset);
	}

	/**
	 * The extent of the element whose start tag begins at {@code start}: from its {@code <} to just
	 * after its end tag (or after {@code />}).
	 * @param start the element's position, as the reader reported it
	 * @return the span, or empty when no element starts there
	 */
	public Optional<Span> element(Position start) {
		int offset = offset(start);
		for (int i = 0; i < this.markups.size(); i++) {
			Markup markup = this.markups.get(i);
			if (markup.kind() == Markup.Kind.START && markup.start() == offset) {
				return Optional.of(new Span(offset, markup.selfClosing() ? markup.end() : endOf(i)));
			}
		}
		return Optional.empty();
	}

	private int endOf(int startIndex) {
		int depth = 0;
		for (int i = startIndex; i < this.markups.size(); i++) {
			Markup markup = this.markups.get(i);
			if (markup.kind() == Markup.Kind.START && !markup.selfClosing()) {
				depth++;
			}
			else if (markup.kind() == Markup.Kind.END) {
				depth--;
				if (depth == 0) {
					return markup.end();
				}
			}
		}
		return this.text.length();
	}

	/**
	 * The indentation of the line a position is on: the whitespace from the line's start to its
	 * first other character, so inserted elements can line up with their neighbours.
	 * @param position a position in this text
	 * @return the leading whitespace of that line
	 */
	public String indentation(Position position) {
		int lineStart = this.lines.offset(position.line(), 1);
		int end = lineStart;
		while (end < this.text.length() && (this.text.charAt(end) == ' ' || this.text.charAt(end) == '\t')) {
			end++;
		}
		return this.text.substring(lineStart, end);
	}

	/**
	 * A range of the text.
	 *
	 * @param start the offset of the first character
	 * @param end the offset just after the last character
	 */
	public record Span(int start, int end) {

		public Span {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException("not a span: " + start + ".." + end);
			}
		}

	}

}
