package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;

/**
 * The scopes that apply to one context, narrowest first: operation (when there is one), API,
 * product (only in a product context), global.
 *
 * @param context the context, with the names as the workspace spells them
 * @param levels the scopes, narrowest first; the last one is always global
 */
record ScopeChain(PolicyContext context, List<ScopeLevel> levels) {

	ScopeChain {
		Objects.requireNonNull(context, "context");
		levels = List.copyOf(levels);
	}

	/**
	 * The chain of an already validated context.
	 * @param workspace the workspace the parts come from
	 * @param api the API
	 * @param operation the operation; empty for the API-level policy
	 * @param product the product; empty for no product
	 * @return the chain
	 */
	static ScopeChain of(Workspace workspace, Api api, Optional<Operation> operation, Optional<Product> product) {
		List<ScopeLevel> levels = new ArrayList<>(4);
		operation.ifPresent((op) -> levels.add(new ScopeLevel(Scope.of(ScopeKind.OPERATION, op.name()), op.policy())));
		levels.add(new ScopeLevel(Scope.of(ScopeKind.API, api.name()), api.policy()));
		product.ifPresent((p) -> levels.add(new ScopeLevel(Scope.of(ScopeKind.PRODUCT, p.name()), p.policy())));
		levels.add(new ScopeLevel(Scope.GLOBAL, workspace.global()));
		PolicyContext context = new PolicyContext(api.name(), operation.map(Operation::name),
				product.map(Product::name));
		return new ScopeChain(context, levels);
	}

	ScopeLevel level(int index) {
		return this.levels.get(index);
	}

	boolean isBroadest(int index) {
		return index == this.levels.size() - 1;
	}

	/** The scopes from a level up to global, which identify a shareable flattening. */
	List<Scope> scopesFrom(int index) {
		return this.levels.subList(index, this.levels.size()).stream().map(ScopeLevel::scope).toList();
	}

}
