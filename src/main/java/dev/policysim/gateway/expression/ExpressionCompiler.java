package dev.policysim.gateway.expression;

/**
 * Compiles policy expressions ({@code @(expression)}, and {@code @{ return expression; }}) into
 * trees of the supported subset. Stateless; callers cache the results by text.
 */
public final class ExpressionCompiler {

	/**
	 * Compiles one expression.
	 * @param text the attribute value or element text, {@code @(...)} or {@code @{...}} included;
	 * surrounding whitespace is ignored
	 * @return the compiled expression; a refused one when the text uses anything outside the subset
	 * or is not an expression at all
	 */
	public CompiledExpression compile(String text) {
		String trimmed = text.strip();
		try {
			if (trimmed.startsWith("@(") && trimmed.endsWith(")")) {
				return CompiledExpression.supported(text,
						ExpressionParser.expression(trimmed.substring(2, trimmed.length() - 1)));
			}
			if (trimmed.startsWith("@{") && trimmed.endsWith("}")) {
				return CompiledExpression.supported(text, ExpressionParser.block(trimmed.substring(2, trimmed.length() - 1)));
			}
			return CompiledExpression.unsupported(text, "the text is not a policy expression (@(...) or @{...})");
		}
		catch (UnsupportedExpressionException ex) {
			return CompiledExpression.unsupported(text, String.valueOf(ex.getMessage()));
		}
	}

}
