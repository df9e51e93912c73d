package dev.policysim.effective;

import java.util.Objects;

import dev.policysim.workspace.Workspace;

/**
 * A calculator bound to one workspace that keeps what it flattened between calls: each scope's
 * resolved sections and each chain of broader scopes, so calculating context after context (as a
 * simulated gateway does, request by request) costs about what {@link
 * EffectivePolicyCalculator#calculateAll} costs per context, not a fresh pass each time.
 *
 * <p>Holds mutable memos bounded by the workspace's size: confined to one thread, like the gateway
 * run that owns it.
 */
public final class EffectivePolicySession {

	private final Workspace workspace;

	private final FlatteningPass pass;

	EffectivePolicySession(Workspace workspace) {
		this.workspace = Objects.requireNonNull(workspace, "workspace");
		this.pass = new FlatteningPass(workspace);
	}

	/**
	 * The effective policy of one context, as {@link EffectivePolicyCalculator#calculate} gives it.
	 * @param context the API, optional operation (compared case-insensitively) and optional product
	 * @return the effective policy
	 * @throws UnknownNameException when the context names an unknown API, operation or product, or
	 * a product that does not contain the API
	 */
	public EffectivePolicy calculate(PolicyContext context) {
		return this.pass.calculate(ContextNames.chain(this.workspace, context));
	}

}
