package dev.policysim.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.gateway.expression.CompiledExpression;
import dev.policysim.gateway.expression.ExpressionCompiler;
import org.jspecify.annotations.Nullable;

/**
 * The expressions of one gateway: each distinct text compiled once and kept, and the values the
 * scenario supplies for expressions outside the subset, keyed by their text as written.
 */
final class ExpressionValues {

	private final ExpressionCompiler compiler = new ExpressionCompiler();

	private final Map<String, CompiledExpression> compiled = new HashMap<>();

	private final Map<String, String> supplied;

	ExpressionValues(Map<String, String> supplied) {
		this.supplied = Map.copyOf(supplied);
	}

	CompiledExpression compiled(String text) {
		@Nullable CompiledExpression expression = this.compiled.get(text);
		if (expression == null) {
			expression = this.compiler.compile(text);
			this.compiled.put(text, expression);
		}
		return expression;
	}

	/**
	 * The value the scenario supplies for an expression.
	 * @param text the expression as written; surrounding whitespace does not matter
	 * @return the value; empty when the scenario supplies none
	 */
	Optional<String> supplied(String text) {
		@Nullable String value = this.supplied.get(text);
		return Optional.ofNullable((value != null) ? value : this.supplied.get(text.strip()));
	}

}
