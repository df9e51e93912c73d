package dev.policysim.gateway.expression;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A string member of the subset called on a value: {@code Contains}, {@code StartsWith},
 * {@code EndsWith}, {@code Equals} (one string argument, ordinal comparison as C#'s default),
 * {@code ToLower}, {@code ToUpper}, {@code Trim} and the {@code Length} property.
 *
 * @param target the string
 * @param member which member
 * @param arguments its arguments (one for the comparisons, none otherwise)
 */
record StringCall(Node target, Member member, List<Node> arguments) implements Node {

	StringCall {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(member, "member");
		arguments = List.copyOf(arguments);
	}

	@Override
	public Object evaluate(ExpressionContext context) throws EvaluationException {
		String value = CSharpValues.string(this.target.evaluate(context), this.member.csharpName);
		if (this.member.arity <= 0) {
			return apply(value);
		}
		String argument = CSharpValues.string(this.arguments.get(0).evaluate(context),
				"the argument of " + this.member.csharpName);
		return switch (this.member) {
			case CONTAINS -> value.contains(argument);
			case STARTS_WITH -> value.startsWith(argument);
			case ENDS_WITH -> value.endsWith(argument);
			default -> value.equals(argument);
		};
	}

	private Object apply(String value) {
		return switch (this.member) {
			case TO_LOWER -> value.toLowerCase(Locale.ROOT);
			case TO_UPPER -> value.toUpperCase(Locale.ROOT);
			case TRIM -> value.strip();
			default -> (long) value.length();
		};
	}

	@Override
	public int depth() {
		int deepest = this.target.depth();
		for (Node argument : this.arguments) {
			deepest = Math.max(deepest, argument.depth());
		}
		return deepest + 1;
	}

	/** The string members of the subset. */
	enum Member {

		CONTAINS("Contains", 1), STARTS_WITH("StartsWith", 1), ENDS_WITH("EndsWith", 1), EQUALS("Equals", 1),
		TO_LOWER("ToLower", 0), TO_UPPER("ToUpper", 0), TRIM("Trim", 0), LENGTH("Length", -1);

		private final String csharpName;

		/** The number of arguments; -1 for a property, which takes no parentheses. */
		private final int arity;

		Member(String csharpName, int arity) {
			this.csharpName = csharpName;
			this.arity = arity;
		}

		static Optional<Member> named(String name) {
			for (Member member : values()) {
				if (member.csharpName.equals(name)) {
					return Optional.of(member);
				}
			}
			return Optional.empty();
		}

		String csharpName() {
			return this.csharpName;
		}

		int arity() {
			return this.arity;
		}

	}

}
