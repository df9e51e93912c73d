package dev.policysim.gateway.expression;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits an expression into tokens as C# would: identifiers, regular and verbatim string literals
 * with their escapes, numbers, and the operators of the subset. Characters the subset never uses
 * become {@link TokenKind#OTHER} tokens, so the parser can name them in its refusal.
 */
final class Tokenizer {

	private final String text;

	private final List<Token> tokens = new ArrayList<>();

	private int index;

	private Tokenizer(String text) {
		this.text = text;
	}

	/**
	 * The tokens of an expression, ending with an {@link TokenKind#END} token.
	 * @param text the expression without its {@code @(...)} wrapper
	 * @return the tokens
	 * @throws UnsupportedExpressionException for a literal the subset does not read (interpolated
	 * strings, character literals) or one that does not end
	 */
	static List<Token> tokenize(String text) throws UnsupportedExpressionException {
		Tokenizer tokenizer = new Tokenizer(text);
		tokenizer.run();
		return tokenizer.tokens;
	}

	private void run() throws UnsupportedExpressionException {
		while (this.index < this.text.length()) {
			char c = this.text.charAt(this.index);
			if (Character.isWhitespace(c)) {
				this.index++;
			}
			else if (Character.isLetter(c) || c == '_') {
				identifier();
			}
			else if (Character.isDigit(c)) {
				number();
			}
			else if (c == '"') {
				this.tokens.add(new Token(TokenKind.STRING, regularString(), this.index));
			}
			else if (c == '@' && peek(1) == '"') {
				this.tokens.add(new Token(TokenKind.STRING, verbatimString(), this.index));
			}
			else {
				symbol(c);
			}
		}
		this.tokens.add(new Token(TokenKind.END, "", this.index));
	}

	private char peek(int ahead) {
		int at = this.index + ahead;
		return (at < this.text.length()) ? this.text.charAt(at) : '\0';
	}

	private void identifier() {
		int start = this.index;
		while (this.index < this.text.length()
				&& (Character.isLetterOrDigit(this.text.charAt(this.index)) || this.text.charAt(this.index) == '_')) {
			this.index++;
		}
		this.tokens.add(new Token(TokenKind.IDENTIFIER, this.text.substring(start, this.index), start));
	}

	private void number() {
		int start = this.index;
		boolean dot = false;
		while (this.index < this.text.length()) {
			char c = this.text.charAt(this.index);
			if (c == '.' && !dot && Character.isDigit(peek(1))) {
				dot = true;
			}
			else if (!Character.isDigit(c)) {
				break;
			}
			this.index++;
		}
		this.tokens.add(new Token(TokenKind.NUMBER, this.text.substring(start, this.index), start));
	}

	private String regularString() throws UnsupportedExpressionException {
		int start = this.index;
		StringBuilder value = new StringBuilder();
		this.index++;
		while (this.index < this.text.length()) {
			char c = this.text.charAt(this.index++);
			if (c == '"') {
				return value.toString();
			}
			if (c == '\n') {
				break;
			}
			value.append((c == '\\') ? escape() : c);
		}
		throw new UnsupportedExpressionException("the string literal at offset " + start + " does not end");
	}

	private char escape() throws UnsupportedExpressionException {
		if (this.index >= this.text.length()) {
			throw new UnsupportedExpressionException("a string literal ends in a lone backslash");
		}
		char c = this.text.charAt(this.index++);
		return switch (c) {
			case '"', '\\', '\'' -> c;
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case '0' -> '\0';
			case 'u' -> unicodeEscape();
			default -> throw new UnsupportedExpressionException("the escape \\" + c + " is not supported");
		};
	}

	private char unicodeEscape() throws UnsupportedExpressionException {
		if (this.index + 4 > this.text.length()) {
			throw new UnsupportedExpressionException("a \\u escape needs four hex digits");
		}
		String hex = this.text.substring(this.index, this.index + 4);
		this.index += 4;
		try {
			return (char) Integer.parseInt(hex, 16);
		}
		catch (NumberFormatException ex) {
			throw new UnsupportedExpressionException("\\u" + hex + " is not a valid escape");
		}
	}

	private String verbatimString() throws UnsupportedExpressionException {
		int start = this.index;
		StringBuilder value = new StringBuilder();
		this.index += 2;
		while (this.index < this.text.length()) {
			char c = this.text.charAt(this.index++);
			if (c != '"') {
				value.append(c);
			}
			else if (this.index < this.text.length() && this.text.charAt(this.index) == '"') {
				value.append('"');
				this.index++;
			}
			else {
				return value.toString();
			}
		}
		throw new UnsupportedExpressionException("the verbatim string at offset " + start + " does not end");
	}

	private void symbol(char c) {
		int start = this.index;
		String two = this.text.substring(start, Math.min(start + 2, this.text.length()));
		@Nullable TokenKind pair = switch (two) {
			case "==" -> TokenKind.EQUALS;
			case "!=" -> TokenKind.NOT_EQUALS;
			case "&&" -> TokenKind.AND;
			case "||" -> TokenKind.OR;
			default -> null;
		};
		if (pair != null && !isOperatorContinuation(start + 2)) {
			this.index += 2;
			this.tokens.add(new Token(pair, two, start));
			return;
		}
		this.index++;
		this.tokens.add(new Token(single(c), String.valueOf(c), start));
	}

	/** {@code ===} and the like are not C#; refuse them rather than read an equality. */
	private boolean isOperatorContinuation(int at) {
		return at < this.text.length() && this.text.charAt(at) == '=';
	}

	private static TokenKind single(char c) {
		return switch (c) {
			case '.' -> TokenKind.DOT;
			case ',' -> TokenKind.COMMA;
			case '(' -> TokenKind.OPEN_PAREN;
			case ')' -> TokenKind.CLOSE_PAREN;
			case '<' -> TokenKind.LESS;
			case '>' -> TokenKind.GREATER;
			case '?' -> TokenKind.QUESTION;
			case ':' -> TokenKind.COLON;
			case '!' -> TokenKind.NOT;
			case '+' -> TokenKind.PLUS;
			case ';' -> TokenKind.SEMICOLON;
			default -> TokenKind.OTHER;
		};
	}

}
