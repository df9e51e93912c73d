package dev.policysim.simulation.cause;

import dev.policysim.effective.Scope;
import dev.policysim.policy.ScopeKind;

/** The scope a policy file belongs to, from its place in the APIOps layout (formats.md §1). */
final class ScopeOfFile {

	private ScopeOfFile() {
	}

	/**
	 * The scope of a file.
	 * @param file the path relative to the workspace root
	 * @return its scope; the global scope for {@code policy.xml} and for files outside the layout
	 */
	static Scope of(String file) {
		String[] parts = file.split("/");
		if (parts.length >= 5 && parts[0].equals("apis") && parts[2].equals("operations")) {
			return Scope.of(ScopeKind.OPERATION, parts[3]);
		}
		if (parts.length >= 3 && parts[0].equals("apis")) {
			return Scope.of(ScopeKind.API, parts[1]);
		}
		if (parts.length >= 3 && parts[0].equals("products")) {
			return Scope.of(ScopeKind.PRODUCT, parts[1]);
		}
		return Scope.GLOBAL;
	}

}
