package dev.policysim.effective;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Workspace;

/**
 * Replaces {@code {{name}}} references in attribute values and text by the named values'
 * values. A name may hold only letters, digits, {@code .}, {@code -} and {@code _}, as APIM
 * requires of named value names (ApiManagementNamedValue.DisplayName), so liquid's
 * {@code {{ body.id }}} with spaces is never taken for one.
 *
 * <p>Confined to one calculation pass: it remembers each lookup, and is not shared between threads.
 */
final class NamedValueSubstitution {

	private final Workspace workspace;

	private final Map<String, Optional<NamedValue>> lookups = new HashMap<>();

	NamedValueSubstitution(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * Substitutes every reference with a value; references without one are left as they are.
	 * @param value an attribute value or text
	 * @param listener told of each reference, resolved or not
	 * @return the new value; the same instance when it holds no reference with a value
	 */
	String substitute(String value, Listener listener) {
		int open = value.indexOf("{{");
		if (open < 0) {
			return value;
		}
		StringBuilder out = null;
		int copied = 0;
		while (open >= 0) {
			int close = value.indexOf("}}", open + 2);
			if (close < 0) {
				break;
			}
			String name = value.substring(open + 2, close);
			if (!isName(name)) {
				open = value.indexOf("{{", open + 1);
				continue;
			}
			Optional<NamedValue> namedValue = lookup(name);
			listener.referenced(name, namedValue);
			Optional<String> replacement = namedValue.flatMap(NamedValue::value);
			if (replacement.isPresent()) {
				out = (out != null) ? out : new StringBuilder(value.length() + 32);
				out.append(value, copied, open).append(replacement.get());
				copied = close + 2;
			}
			open = value.indexOf("{{", close + 2);
		}
		if (out == null) {
			return value;
		}
		return out.append(value, copied, value.length()).toString();
	}

	private Optional<NamedValue> lookup(String name) {
		return this.lookups.computeIfAbsent(name, this.workspace::namedValue);
	}

	private static boolean isName(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '.' && c != '-' && c != '_') {
				return false;
			}
		}
		return true;
	}

	/** Hears of each reference met, so the caller records uses and problems where they stand. */
	@FunctionalInterface
	interface Listener {

		/**
		 * A reference was met.
		 * @param name the name between the braces
		 * @param namedValue the named value; empty when the workspace has none of that name
		 */
		void referenced(String name, Optional<NamedValue> namedValue);

	}

}
