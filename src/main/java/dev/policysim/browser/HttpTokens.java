package dev.policysim.browser;

/** The HTTP {@code token} grammar (RFC 9110 §5.6.2), which method names and header names obey. */
final class HttpTokens {

	private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";

	private HttpTokens() {
	}

	static boolean isToken(String text) {
		if (text.isEmpty()) {
			return false;
		}
		// a loop, not a stream: the browser checks methods and MIME types on every request
		for (int i = 0; i < text.length(); i++) {
			if (!isTokenChar(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	static boolean isTokenChar(int c) {
		return c > 0x20 && c < 0x7F && SEPARATORS.indexOf(c) < 0;
	}

	/** Whether the character is HTTP linear white space as Chromium's net stack trims it. */
	static boolean isLinearWhitespace(int c) {
		return c == ' ' || c == '\t';
	}

	static String trimLinearWhitespace(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isLinearWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && isLinearWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

}
