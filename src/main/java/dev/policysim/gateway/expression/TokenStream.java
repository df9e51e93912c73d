package dev.policysim.gateway.expression;

import java.util.List;

/**
 * The tokens of one expression and the parser's place in them, with the refusals a parser gives
 * when the next token is not what the subset allows.
 */
final class TokenStream {

	private final List<Token> tokens;

	private int next;

	/**
	 * @param tokens the tokens, ending with {@link TokenKind#END}
	 */
	TokenStream(List<Token> tokens) {
		this.tokens = tokens;
	}

	Token peek() {
		return this.tokens.get(this.next);
	}

	/** The next token, consumed; the end token is never passed. */
	Token take() {
		Token token = peek();
		if (!token.is(TokenKind.END)) {
			this.next++;
		}
		return token;
	}

	boolean accept(TokenKind kind) {
		if (peek().is(kind)) {
			this.next++;
			return true;
		}
		return false;
	}

	void expect(TokenKind kind, String expected) throws UnsupportedExpressionException {
		Token token = peek();
		if (!token.is(kind)) {
			throw token.is(TokenKind.END)
					? new UnsupportedExpressionException("the expression ends early; expected " + expected)
					: unexpected(token);
		}
		this.next++;
	}

	String identifier(String expected) throws UnsupportedExpressionException {
		Token token = peek();
		if (!token.is(TokenKind.IDENTIFIER)) {
			throw new UnsupportedExpressionException("expected " + expected + " at offset " + token.offset());
		}
		this.next++;
		return token.text();
	}

	static UnsupportedExpressionException unexpected(Token token) {
		if (token.is(TokenKind.END)) {
			return new UnsupportedExpressionException("the expression ends early");
		}
		return new UnsupportedExpressionException(
				"uses '" + token.text() + "' at offset " + token.offset() + ", which is outside the supported subset");
	}

}
