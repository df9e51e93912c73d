package dev.policysim.gateway.expression;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The type argument of {@code context.Variables.GetValueOrDefault<T>}: what a stored value must
 * be, and what a missing one defaults to ({@code default(T)}).
 */
enum ValueType {

	STRING(null), BOOL(Boolean.FALSE), INTEGER(0L), DOUBLE(0.0), OBJECT(null);

	private final @Nullable Object defaultValue;

	ValueType(@Nullable Object defaultValue) {
		this.defaultValue = defaultValue;
	}

	/**
	 * The type a C# type name stands for.
	 * @param name e.g. {@code string}, {@code bool}, {@code Int32}
	 * @return the type; empty for a type the subset does not know
	 */
	static Optional<ValueType> named(String name) {
		return switch (name) {
			case "string", "String" -> Optional.of(STRING);
			case "bool", "Boolean" -> Optional.of(BOOL);
			case "int", "long", "Int32", "Int64" -> Optional.of(INTEGER);
			case "double", "Double" -> Optional.of(DOUBLE);
			case "object", "Object" -> Optional.of(OBJECT);
			default -> Optional.empty();
		};
	}

	@Nullable Object defaultValue() {
		return this.defaultValue;
	}

	/**
	 * The stored value as this type, as C#'s cast would give it.
	 * @param value the stored value
	 * @param name the variable's name, for the message
	 * @return the value
	 * @throws EvaluationException when the cast fails at the gateway
	 */
	@Nullable Object cast(@Nullable Object value, String name) throws EvaluationException {
		boolean fits = switch (this) {
			case STRING -> value == null || value instanceof String;
			case BOOL -> value instanceof Boolean;
			case INTEGER -> value instanceof Long;
			case DOUBLE -> value instanceof Double || value instanceof Long;
			case OBJECT -> true;
		};
		if (!fits) {
			throw new EvaluationException("variable '" + name + "' holds a " + CSharpValues.typeName(value)
					+ ", not a " + name().toLowerCase(Locale.ROOT) + " (the gateway fails with an invalid cast)");
		}
		return (this == DOUBLE && value instanceof Long number) ? (Object) number.doubleValue() : value;
	}

}
