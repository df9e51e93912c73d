package dev.policysim.gateway.expression;

/** The kinds of token the subset needs; everything else is {@link #OTHER}, which no rule accepts. */
enum TokenKind {

	IDENTIFIER, STRING, NUMBER, DOT, COMMA, OPEN_PAREN, CLOSE_PAREN, LESS, GREATER, QUESTION, COLON, NOT, EQUALS,
	NOT_EQUALS, AND, OR, PLUS, SEMICOLON, END, OTHER

}
