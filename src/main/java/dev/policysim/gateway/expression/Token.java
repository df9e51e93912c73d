package dev.policysim.gateway.expression;

import java.util.Objects;

/**
 * One token of an expression.
 *
 * @param kind what it is
 * @param text the source text; for a string literal, its decoded value
 * @param offset where it starts in the expression, for messages
 */
record Token(TokenKind kind, String text, int offset) {

	Token {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

	boolean is(TokenKind expected) {
		return this.kind == expected;
	}

	boolean isWord(String word) {
		return this.kind == TokenKind.IDENTIFIER && this.text.equals(word);
	}

}
