package dev.policysim.policy;

/**
 * The scopes a policy document can belong to, broadest first. Workspaces are modelled so that
 * nothing prevents them, though the APIOps layout read today does not produce them.
 */
public enum ScopeKind {

	GLOBAL("global"), WORKSPACE("workspace"), PRODUCT("product"), API("api"), OPERATION("operation");

	private final String label;

	ScopeKind(String label) {
		this.label = label;
	}

	/** The lower-case name used in reports and JSON, e.g. {@code product}. */
	public String label() {
		return this.label;
	}

	@Override
	public String toString() {
		return this.label;
	}

}
