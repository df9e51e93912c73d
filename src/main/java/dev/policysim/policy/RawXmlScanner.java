package dev.policysim.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first pass over a policy file's raw text. It records where every piece of markup starts, and
 * it <em>shields</em> policy expressions: inside {@code @(...)} and {@code @{...}} that open an
 * attribute value or a text run, the characters XML forbids there ({@code " ' < > &}, and in
 * attributes the line breaks that XML would normalise away) are replaced one for one by
 * private-use characters. The shielded text has exactly the same length and offsets as the
 * original, so a standard XML parser can check it and every position maps back to the file.
 *
 * <p>The scanner never fails: on text it does not understand it stops shielding and lets the
 * XML parser report the error.
 */
final class RawXmlScanner {

	/** The shielded characters, in the order of their placeholders U+E000 to U+E007. */
	static final String SHIELDED = "\"'<>&\n\r\t";

	static final char FIRST_PLACEHOLDER = '\uE000';

	private final String source;

	private final char[] shielded;

	private final List<Markup> markups = new ArrayList<>();

	private int declarationOffset = -1;

	private int pos;

	private RawXmlScanner(String source) {
		this.source = source;
		this.shielded = source.toCharArray();
	}

	/**
	 * Scans a document.
	 * @param source the raw text
	 * @return the shielded text, the markup found, and where a DTD declaration stands, if any
	 */
	static ScannedXml scan(String source) {
		RawXmlScanner scanner = new RawXmlScanner(source);
		scanner.run();
		return new ScannedXml(new String(scanner.shielded), scanner.markups, scanner.declarationOffset);
	}

	/** Restores shielded characters in a value the parser returned. */
	static String unshield(String value) {
		StringBuilder restored = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			int index = c - FIRST_PLACEHOLDER;
			if (index >= 0 && index < SHIELDED.length()) {
				if (restored == null) {
					restored = new StringBuilder(value);
				}
				restored.setCharAt(i, SHIELDED.charAt(index));
			}
		}
		return (restored != null) ? restored.toString() : value;
	}

	private void run() {
		int length = this.source.length();
		while (this.pos < length && this.declarationOffset < 0) {
			if (this.source.charAt(this.pos) == '<') {
				markup();
			}
			else {
				text();
			}
		}
	}

	private void markup() {
		int start = this.pos;
		if (this.source.startsWith("<!--", start)) {
			this.pos = skipPast("-->", start + 4);
			add(Markup.Kind.COMMENT, "", start, false, Map.of());
		}
		else if (this.source.startsWith("<![CDATA[", start)) {
			this.pos = skipPast("]]>", start + 9);
			add(Markup.Kind.CDATA, "", start, false, Map.of());
		}
		else if (this.source.startsWith("<!", start)) {
			// DOCTYPE, ENTITY and friends: refused, never parsed (XXE and entity expansion)
			this.declarationOffset = start;
		}
		else if (this.source.startsWith("<?", start)) {
			this.pos = skipPast("?>", start + 2);
			String target = name(start + 2);
			if (!target.equalsIgnoreCase("xml")) {
				add(Markup.Kind.PROCESSING_INSTRUCTION, target, start, false, Map.of());
			}
		}
		else if (this.source.startsWith("</", start)) {
			String name = name(start + 2);
			this.pos = skipPast(">", start + 2);
			add(Markup.Kind.END, name, start, false, Map.of());
		}
		else {
			startTag(start);
		}
	}

	private void startTag(int start) {
		String name = name(start + 1);
		this.pos = start + 1 + name.length();
		Map<String, Integer> attributes = new HashMap<>();
		int length = this.source.length();
		while (this.pos < length) {
			skipWhitespace();
			if (this.pos >= length) {
				break;
			}
			char c = this.source.charAt(this.pos);
			if (c == '>') {
				this.pos++;
				add(Markup.Kind.START, name, start, false, attributes);
				return;
			}
			if (c == '/' && this.source.startsWith("/>", this.pos)) {
				this.pos += 2;
				add(Markup.Kind.START, name, start, true, attributes);
				return;
			}
			if (!attribute(attributes)) {
				break;
			}
		}
		// malformed tag: record it anyway and move on; the XML parser reports the error
		this.pos = Math.max(this.pos, start + 1);
		add(Markup.Kind.START, name, start, false, attributes);
	}

	private boolean attribute(Map<String, Integer> attributes) {
		int nameStart = this.pos;
		String name = name(nameStart);
		if (name.isEmpty()) {
			return false;
		}
		attributes.putIfAbsent(name, nameStart);
		this.pos = nameStart + name.length();
		skipWhitespace();
		if (this.pos >= this.source.length() || this.source.charAt(this.pos) != '=') {
			return false;
		}
		this.pos++;
		skipWhitespace();
		if (this.pos >= this.source.length()) {
			return false;
		}
		char quote = this.source.charAt(this.pos);
		if (quote != '"' && quote != '\'') {
			return false;
		}
		this.pos = attributeValue(this.pos + 1, quote);
		return this.pos > 0;
	}

	/** Scans a value starting after its opening quote; returns the offset after the closing quote. */
	private int attributeValue(int valueStart, char quote) {
		int expressionEnd = ExpressionExtent.end(this.source, valueStart);
		if (expressionEnd > 0) {
			int close = skipWhitespaceFrom(expressionEnd);
			if (close < this.source.length() && this.source.charAt(close) == quote) {
				shield(valueStart, expressionEnd, true);
				return close + 1;
			}
		}
		int close = this.source.indexOf(quote, valueStart);
		return (close < 0) ? -1 : close + 1;
	}

	private void text() {
		int start = this.pos;
		int firstContent = skipWhitespaceFrom(start);
		int expressionEnd = ExpressionExtent.end(this.source, firstContent);
		if (expressionEnd > 0) {
			shield(firstContent, expressionEnd, false);
			this.pos = expressionEnd;
		}
		int next = this.source.indexOf('<', this.pos);
		this.pos = (next < 0) ? this.source.length() : Math.max(next, start + 1);
	}

	private void shield(int from, int to, boolean inAttribute) {
		for (int i = from; i < to; i++) {
			char c = this.source.charAt(i);
			int index = SHIELDED.indexOf(c);
			boolean lineBreak = index >= 5;
			if (index < 0 || (lineBreak && !inAttribute) || (c == '&' && isEntityReference(i))) {
				continue;
			}
			this.shielded[i] = (char) (FIRST_PLACEHOLDER + index);
		}
	}

	/** Whether an {@code &} starts a reference XML understands (kept for the parser to decode). */
	private boolean isEntityReference(int ampersand) {
		int semicolon = this.source.indexOf(';', ampersand);
		if (semicolon < 0 || semicolon - ampersand > 10) {
			return false;
		}
		String body = this.source.substring(ampersand + 1, semicolon);
		return body.equals("amp") || body.equals("lt") || body.equals("gt") || body.equals("quot")
				|| body.equals("apos") || body.matches("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}");
	}

	private String name(int from) {
		int end = from;
		while (end < this.source.length()) {
			char c = this.source.charAt(end);
			if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=' || c == '<' || c == '?') {
				break;
			}
			end++;
		}
		return this.source.substring(from, end);
	}

	private int skipPast(String terminator, int from) {
		int found = this.source.indexOf(terminator, from);
		return (found < 0) ? this.source.length() : found + terminator.length();
	}

	private void skipWhitespace() {
		this.pos = skipWhitespaceFrom(this.pos);
	}

	private int skipWhitespaceFrom(int from) {
		int i = from;
		while (i < this.source.length() && Character.isWhitespace(this.source.charAt(i))) {
			i++;
		}
		return i;
	}

	private void add(Markup.Kind kind, String name, int start, boolean selfClosing, Map<String, Integer> attributes) {
		this.markups.add(new Markup(kind, name, start, this.pos, selfClosing, attributes));
	}

}
