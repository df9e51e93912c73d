package dev.policysim.gateway.expression;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How the subset's values behave as C# values: {@code String}, {@code Boolean}, {@code Long}
 * (integral numbers), {@code Double}, and {@code null}.
 */
final class CSharpValues {

	private CSharpValues() {
	}

	/**
	 * The text C#'s {@code ToString()} gives, as {@code +} on strings and header values use it.
	 * @param value a value
	 * @return {@code True}/{@code False} for booleans, the empty string for {@code null}
	 */
	static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean bool) {
			return bool ? "True" : "False";
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	/** The C# type name of a value, for messages. */
	static String typeName(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Boolean) {
			return "bool";
		}
		return (value instanceof Long) ? "int" : "double";
	}

	static boolean bool(@Nullable Object value, String use) throws EvaluationException {
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new EvaluationException(use + " needs a bool, got " + typeName(value));
	}

	static String string(@Nullable Object value, String use) throws EvaluationException {
		if (value instanceof String string) {
			return string;
		}
		if (value == null) {
			throw new EvaluationException(use + " on a null value (the gateway fails with a NullReferenceException)");
		}
		throw new EvaluationException(use + " needs a string, got " + typeName(value));
	}

	static boolean isNumber(@Nullable Object value) {
		return value instanceof Long || value instanceof Double;
	}

}
