package dev.policysim.policy;

/**
 * Finds where a policy expression ends in raw text, by reading it as C# source: string, verbatim,
 * interpolated and character literals and comments are skipped, and only the expression's own
 * bracket kind is counted. This is what lets the reader accept {@code "} and {@code <} inside
 * {@code @(...)} exactly as APIM stores them.
 */
final class ExpressionExtent {

	/** Interpolation holes nest; beyond this depth the text is not treated as an expression. */
	private static final int MAX_NESTING = 32;

	private final String text;

	private ExpressionExtent(String text) {
		this.text = text;
	}

	/**
	 * The end of the expression that starts at {@code start}.
	 * @param text the raw text
	 * @param start the index of the {@code @} of {@code @(} or {@code @{}
	 * @return the index just after the closing bracket, or -1 when the expression does not close
	 */
	static int end(String text, int start) {
		if (start + 1 >= text.length() || text.charAt(start) != '@') {
			return -1;
		}
		char open = text.charAt(start + 1);
		if (open != '(' && open != '{') {
			return -1;
		}
		return new ExpressionExtent(text).code(start + 2, open, (open == '(') ? ')' : '}', 0);
	}

	private int code(int from, char open, char close, int nesting) {
		if (nesting > MAX_NESTING) {
			return -1;
		}
		int depth = 1;
		int i = from;
		while (i >= 0 && i < this.text.length()) {
			char c = this.text.charAt(i);
			if (c == open) {
				depth++;
				i++;
			}
			else if (c == close) {
				depth--;
				i++;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i = skipToken(i, nesting);
			}
		}
		return -1;
	}

	/** Skips one literal or comment starting at {@code i}, or one ordinary character. */
	private int skipToken(int i, int nesting) {
		char c = this.text.charAt(i);
		if (c == '"') {
			return regularString(i + 1);
		}
		if (c == '\'') {
			return characterLiteral(i + 1);
		}
		if (c == '@' && at(i + 1) == '"') {
			return verbatimString(i + 2);
		}
		if (c == '$' && at(i + 1) == '"') {
			return interpolatedString(i + 2, false, nesting);
		}
		if ((c == '$' && at(i + 1) == '@' || c == '@' && at(i + 1) == '$') && at(i + 2) == '"') {
			return interpolatedString(i + 3, true, nesting);
		}
		if (c == '/' && at(i + 1) == '/') {
			int newline = this.text.indexOf('\n', i);
			return (newline < 0) ? -1 : newline + 1;
		}
		if (c == '/' && at(i + 1) == '*') {
			int end = this.text.indexOf("*/", i + 2);
			return (end < 0) ? -1 : end + 2;
		}
		return i + 1;
	}

	private char at(int i) {
		return (i < this.text.length()) ? this.text.charAt(i) : '\0';
	}

	private int regularString(int from) {
		for (int i = from; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '"') {
				return i + 1;
			}
			else if (c == '\n') {
				return -1;
			}
		}
		return -1;
	}

	private int verbatimString(int from) {
		for (int i = from; i < this.text.length(); i++) {
			if (this.text.charAt(i) == '"') {
				if (at(i + 1) != '"') {
					return i + 1;
				}
				i++;
			}
		}
		return -1;
	}

	private int characterLiteral(int from) {
		int i = (at(from) == '\\') ? from + 2 : from + 1;
		// '\u0041' and friends: allow a short escape body before the closing quote
		int limit = Math.min(this.text.length(), from + 10);
		for (; i < limit; i++) {
			if (this.text.charAt(i) == '\'') {
				return i + 1;
			}
		}
		return -1;
	}

	private int interpolatedString(int from, boolean verbatim, int nesting) {
		int i = from;
		while (i >= 0 && i < this.text.length()) {
			char c = this.text.charAt(i);
			if (c == '\\' && !verbatim) {
				i += 2;
			}
			else if (c == '"') {
				if (verbatim && at(i + 1) == '"') {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else if (c == '{') {
				i = (at(i + 1) == '{') ? i + 2 : code(i + 1, '{', '}', nesting + 1);
			}
			else {
				i++;
			}
		}
		return -1;
	}

}
