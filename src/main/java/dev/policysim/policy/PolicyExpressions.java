package dev.policysim.policy;

/**
 * Recognises APIM policy expressions in attribute values and text: {@code @(...)} is a single C#
 * expression, {@code @{...}} a statement block. Evaluating them is the gateway's business.
 */
public final class PolicyExpressions {

	private PolicyExpressions() {
	}

	/**
	 * Whether a value is a policy expression as a whole, ignoring surrounding whitespace.
	 * @param value an attribute value or element text
	 * @return {@code true} for {@code @(...)} and {@code @{...}}
	 */
	public static boolean isExpression(String value) {
		String trimmed = value.strip();
		return trimmed.length() >= 3 && trimmed.charAt(0) == '@'
				&& ((trimmed.charAt(1) == '(' && trimmed.endsWith(")"))
						|| (trimmed.charAt(1) == '{' && trimmed.endsWith("}")));
	}

}
