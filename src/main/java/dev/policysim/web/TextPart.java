package dev.policysim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of text from a README line, either plain or inline {@code code}. Templates print each part
 * with {@code th:text} (escaped) and wrap code parts in {@code <code>}, so markdown backticks show
 * as code instead of raw backticks, and nothing in the text ever becomes markup.
 *
 * @param text the text, without the backticks
 * @param code whether it was between backticks
 */
public record TextPart(String text, boolean code) {

	public TextPart {
		Objects.requireNonNull(text, "text");
	}

	/**
	 * Splits markdown text at its backticks. A backtick without a partner stays as it is.
	 * @param markdown one line or paragraph of markdown
	 * @return the parts in order; empty for empty text
	 */
	public static List<TextPart> parse(String markdown) {
		List<TextPart> parts = new ArrayList<>();
		int from = 0;
		while (from < markdown.length()) {
			int open = markdown.indexOf('`', from);
			int close = (open < 0) ? -1 : markdown.indexOf('`', open + 1);
			if (close < 0) {
				parts.add(new TextPart(markdown.substring(from), false));
				break;
			}
			if (open > from) {
				parts.add(new TextPart(markdown.substring(from, open), false));
			}
			if (close > open + 1) {
				parts.add(new TextPart(markdown.substring(open + 1, close), true));
			}
			from = close + 1;
		}
		return List.copyOf(parts);
	}

}
