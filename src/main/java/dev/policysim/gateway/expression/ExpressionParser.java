package dev.policysim.gateway.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recursive-descent parser for the expression subset of gateway.md §7, C# precedence from
 * {@code ?:} down to member access. Members of {@code context} are bound while parsing, so a
 * member outside the subset is refused here, with its path, before any request is handled.
 * Nesting and length are bounded: hostile input is refused, never overflows the stack.
 */
final class ExpressionParser {

	/** Deeper trees are refused; real policies nest a handful of levels. */
	static final int MAX_DEPTH = 64;

	/** Longer expressions are refused; the bound also keeps parsing linear in practice. */
	static final int MAX_TOKENS = 2_000;

	private final List<Token> tokens;

	private int next;

	private ExpressionParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/**
	 * Parses a single expression, the inside of {@code @(...)}.
	 * @param source the expression text
	 * @return the compiled tree
	 * @throws UnsupportedExpressionException when the text uses anything outside the subset
	 */
	static Node expression(String source) throws UnsupportedExpressionException {
		ExpressionParser parser = new ExpressionParser(tokens(source));
		Node node = parser.expression(0);
		parser.expect(TokenKind.END, "the end of the expression");
		return node;
	}

	/**
	 * Parses a statement block holding a single {@code return <expression>;}, the inside of
	 * {@code @{...}}.
	 * @param source the block's text
	 * @return the compiled tree of the returned expression
	 * @throws UnsupportedExpressionException for any other statement
	 */
	static Node block(String source) throws UnsupportedExpressionException {
		ExpressionParser parser = new ExpressionParser(tokens(source));
		if (!parser.peek().isWord("return")) {
			throw new UnsupportedExpressionException(
					"the statement block holds more than a single return statement, which the subset does not run");
		}
		parser.next++;
		Node node = parser.expression(0);
		parser.expect(TokenKind.SEMICOLON, "';' after the returned expression");
		if (!parser.peek().is(TokenKind.END)) {
			throw new UnsupportedExpressionException(
					"the statement block holds more than a single return statement, which the subset does not run");
		}
		return node;
	}

	private static List<Token> tokens(String source) throws UnsupportedExpressionException {
		List<Token> tokens = Tokenizer.tokenize(source);
		if (tokens.size() > MAX_TOKENS) {
			throw new UnsupportedExpressionException("the expression is longer than " + MAX_TOKENS + " tokens");
		}
		return tokens;
	}

	private Node expression(int depth) throws UnsupportedExpressionException {
		if (depth > MAX_DEPTH) {
			throw new UnsupportedExpressionException("the expression nests deeper than " + MAX_DEPTH + " levels");
		}
		Node condition = logical(depth, true);
		if (!accept(TokenKind.QUESTION)) {
			return condition;
		}
		Node whenTrue = expression(depth + 1);
		expect(TokenKind.COLON, "':' of the conditional operator");
		Node whenFalse = expression(depth + 1);
		return bounded(new Conditional(condition, whenTrue, whenFalse));
	}

	/** {@code ||} binds looser than {@code &&}: {@code or} is {@code true} for the outer level. */
	private Node logical(int depth, boolean or) throws UnsupportedExpressionException {
		TokenKind operator = or ? TokenKind.OR : TokenKind.AND;
		Node left = or ? logical(depth, false) : equality(depth);
		while (accept(operator)) {
			Node right = or ? logical(depth, false) : equality(depth);
			left = bounded(new Logical(!or, left, right));
		}
		return left;
	}

	private Node equality(int depth) throws UnsupportedExpressionException {
		Node left = addition(depth);
		while (peek().is(TokenKind.EQUALS) || peek().is(TokenKind.NOT_EQUALS)) {
			boolean negated = this.tokens.get(this.next++).is(TokenKind.NOT_EQUALS);
			left = bounded(new Equality(negated, left, addition(depth)));
		}
		return left;
	}

	private Node addition(int depth) throws UnsupportedExpressionException {
		Node left = unary(depth);
		while (accept(TokenKind.PLUS)) {
			left = bounded(new Addition(left, unary(depth)));
		}
		return left;
	}

	private Node unary(int depth) throws UnsupportedExpressionException {
		if (depth > MAX_DEPTH) {
			throw new UnsupportedExpressionException("the expression nests deeper than " + MAX_DEPTH + " levels");
		}
		if (accept(TokenKind.NOT)) {
			return bounded(new Not(unary(depth + 1)));
		}
		Node node = primary(depth);
		while (accept(TokenKind.DOT)) {
			node = bounded(member(node));
		}
		return node;
	}

	private Node primary(int depth) throws UnsupportedExpressionException {
		Token token = this.tokens.get(this.next);
		if (!token.is(TokenKind.END)) {
			this.next++;
		}
		return switch (token.kind()) {
			case STRING -> new Literal(token.text());
			case NUMBER -> new Literal(number(token.text()));
			case OPEN_PAREN -> parenthesized(depth);
			case IDENTIFIER -> word(token, depth);
			default -> throw unexpected(token);
		};
	}

	private Node parenthesized(int depth) throws UnsupportedExpressionException {
		Node inner = expression(depth + 1);
		expect(TokenKind.CLOSE_PAREN, "')'");
		return inner;
	}

	private static Object number(String text) {
		return text.contains(".") ? (Object) Double.parseDouble(text) : parseInteger(text);
	}

	private static Object parseInteger(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return Double.parseDouble(text);
		}
	}

	private Node word(Token token, int depth) throws UnsupportedExpressionException {
		return switch (token.text()) {
			case "true" -> new Literal(Boolean.TRUE);
			case "false" -> new Literal(Boolean.FALSE);
			case "null" -> new Literal(null);
			case "context" -> contextMember(depth);
			case "string", "String" -> nullOrEmpty(depth);
			default -> throw new UnsupportedExpressionException(
					"uses '" + token.text() + "', which is outside the supported subset");
		};
	}

	private Node contextMember(int depth) throws UnsupportedExpressionException {
		StringBuilder path = new StringBuilder("context");
		while (true) {
			if (!accept(TokenKind.DOT)) {
				throw new UnsupportedExpressionException(path + " is not a value the supported subset reads");
			}
			path.append('.').append(identifier("a member name after " + path));
			String current = path.toString();
			Optional<ContextProperty> property = ContextPaths.property(current);
			if (property.isPresent()) {
				return new ContextRead(property.get());
			}
			Optional<ContextLookup.Source> lookup = ContextPaths.lookup(current);
			if (lookup.isPresent()) {
				return lookup(lookup.get(), depth);
			}
			if (!ContextPaths.leadsFurther(current)) {
				throw new UnsupportedExpressionException(current + " is outside the supported subset");
			}
		}
	}

	private Node lookup(ContextLookup.Source source, int depth) throws UnsupportedExpressionException {
		ValueType type = (source == ContextLookup.Source.VARIABLE) ? typeArgument(source) : ValueType.STRING;
		List<Node> arguments = arguments(depth, source.path());
		if (arguments.isEmpty() || arguments.size() > 2) {
			throw new UnsupportedExpressionException(source.path() + " with " + arguments.size()
					+ " arguments is outside the supported subset (it takes a name and an optional default)");
		}
		Optional<Node> fallback = (arguments.size() == 2) ? Optional.of(arguments.get(1)) : Optional.empty();
		return bounded(new ContextLookup(source, arguments.get(0), fallback, type));
	}

	private ValueType typeArgument(ContextLookup.Source source) throws UnsupportedExpressionException {
		if (!accept(TokenKind.LESS)) {
			return ValueType.OBJECT;
		}
		String name = identifier("a type name in " + source.path() + "<...>");
		expect(TokenKind.GREATER, "'>' closing the type argument");
		return ValueType.named(name)
			.orElseThrow(() -> new UnsupportedExpressionException(
					source.path() + "<" + name + "> reads a type outside the supported subset"));
	}

	private Node nullOrEmpty(int depth) throws UnsupportedExpressionException {
		expect(TokenKind.DOT, "'.' after string");
		String name = identifier("a member of string");
		if (!name.equals("IsNullOrEmpty")) {
			throw new UnsupportedExpressionException("string." + name + " is outside the supported subset");
		}
		List<Node> arguments = arguments(depth, "string.IsNullOrEmpty");
		if (arguments.size() != 1) {
			throw new UnsupportedExpressionException("string.IsNullOrEmpty takes one argument");
		}
		return bounded(new NullOrEmptyTest(arguments.get(0)));
	}

	private Node member(Node target) throws UnsupportedExpressionException {
		String name = identifier("a member name after '.'");
		StringCall.Member member = StringCall.Member.named(name)
			.orElseThrow(() -> new UnsupportedExpressionException(
					"calls " + name + ", which is outside the supported subset"));
		if (member.arity() < 0) {
			if (peek().is(TokenKind.OPEN_PAREN)) {
				throw new UnsupportedExpressionException("Length is a property, not a method");
			}
			return new StringCall(target, member, List.of());
		}
		List<Node> arguments = arguments(0, name);
		if (arguments.size() != member.arity()) {
			throw new UnsupportedExpressionException(name + " with " + arguments.size()
					+ " arguments is outside the supported subset");
		}
		return new StringCall(target, member, arguments);
	}

	private List<Node> arguments(int depth, String callee) throws UnsupportedExpressionException {
		expect(TokenKind.OPEN_PAREN, "'(' after " + callee);
		List<Node> arguments = new ArrayList<>();
		if (accept(TokenKind.CLOSE_PAREN)) {
			return arguments;
		}
		do {
			arguments.add(expression(depth + 1));
		}
		while (accept(TokenKind.COMMA));
		expect(TokenKind.CLOSE_PAREN, "')' closing the arguments of " + callee);
		return arguments;
	}

	private String identifier(String expected) throws UnsupportedExpressionException {
		Token token = this.tokens.get(this.next);
		if (!token.is(TokenKind.IDENTIFIER)) {
			throw new UnsupportedExpressionException("expected " + expected + " at offset " + token.offset());
		}
		this.next++;
		return token.text();
	}

	private Token peek() {
		return this.tokens.get(this.next);
	}

	private boolean accept(TokenKind kind) {
		if (peek().is(kind)) {
			this.next++;
			return true;
		}
		return false;
	}

	private void expect(TokenKind kind, String expected) throws UnsupportedExpressionException {
		Token token = peek();
		if (!token.is(kind)) {
			throw token.is(TokenKind.END) ? new UnsupportedExpressionException("the expression ends early; expected "
					+ expected) : unexpected(token);
		}
		this.next++;
	}

	private static UnsupportedExpressionException unexpected(Token token) {
		if (token.is(TokenKind.END)) {
			return new UnsupportedExpressionException("the expression ends early");
		}
		return new UnsupportedExpressionException(
				"uses '" + token.text() + "' at offset " + token.offset() + ", which is outside the supported subset");
	}

	private static Node bounded(Node node) throws UnsupportedExpressionException {
		if (node.depth() > MAX_DEPTH) {
			throw new UnsupportedExpressionException("the expression nests deeper than " + MAX_DEPTH + " levels");
		}
		return node;
	}

}
