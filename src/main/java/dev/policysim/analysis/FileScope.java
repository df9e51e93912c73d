package dev.policysim.analysis;

import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.policy.ScopeKind;

/**
 * The scope a workspace file belongs to, told by the APIOps layout (formats.md §1): a problem of
 * {@code products/starter/productInformation.json} belongs to product {@code starter}.
 */
final class FileScope {

	private FileScope() {
	}

	/**
	 * The scope of a file.
	 * @param file the path relative to the workspace root
	 * @return the scope, or empty for files outside any scope (fragments, named values,
	 * subscriptions, settings)
	 */
	static Optional<Scope> of(String file) {
		if (file.equals("policy.xml")) {
			return Optional.of(Scope.GLOBAL);
		}
		String[] parts = file.split("/");
		if (parts.length < 3) {
			return Optional.empty();
		}
		if (parts[0].equals("products")) {
			return Optional.of(Scope.of(ScopeKind.PRODUCT, parts[1]));
		}
		if (!parts[0].equals("apis")) {
			return Optional.empty();
		}
		if (parts.length >= 5 && parts[2].equals("operations")) {
			return Optional.of(Scope.of(ScopeKind.OPERATION, parts[3]));
		}
		return Optional.of(Scope.of(ScopeKind.API, parts[1]));
	}

	/**
	 * Orders files the way people read a workspace, broadest scope first: the global policy, then
	 * products, APIs, operations, fragments, and everything else.
	 * @param file the path relative to the workspace root
	 * @return a rank, smaller first
	 */
	static int rank(String file) {
		if (file.equals("policy.xml")) {
			return 0;
		}
		if (file.startsWith("products/")) {
			return 1;
		}
		if (file.startsWith("apis/")) {
			return file.contains("/operations/") ? 3 : 2;
		}
		return file.startsWith("policy fragments/") ? 4 : 5;
	}

}
