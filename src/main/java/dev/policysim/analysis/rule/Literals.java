package dev.policysim.analysis.rule;

import java.util.Optional;

import dev.policysim.policy.PolicyExpressions;
import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Workspace;

/**
 * The value an attribute or text has before any request: named values substituted, policy
 * expressions refused. Rules judge only what they can know statically, so an expression or a
 * missing named value means "unknown" and no finding.
 */
final class Literals {

	private Literals() {
	}

	/**
	 * The literal value of a raw attribute value or text.
	 * @param raw the value as written, possibly with {@code {{name}}} references
	 * @param workspace the workspace whose named values are substituted
	 * @return the value, stripped; empty when it is a policy expression or names a named value
	 * without a value (or one whose value is an expression)
	 */
	static Optional<String> of(String raw, Workspace workspace) {
		String value = raw.strip();
		if (PolicyExpressions.isExpression(value)) {
			return Optional.empty();
		}
		StringBuilder resolved = new StringBuilder();
		int from = 0;
		int open;
		while ((open = value.indexOf("{{", from)) >= 0) {
			int close = value.indexOf("}}", open + 2);
			if (close < 0) {
				break;
			}
			Optional<String> named = workspace.namedValue(value.substring(open + 2, close).strip())
				.flatMap(NamedValue::value);
			if (named.isEmpty() || PolicyExpressions.isExpression(named.get().strip())) {
				return Optional.empty();
			}
			resolved.append(value, from, open).append(named.get());
			from = close + 2;
		}
		resolved.append(value.substring(from));
		return Optional.of(resolved.toString().strip());
	}

}
