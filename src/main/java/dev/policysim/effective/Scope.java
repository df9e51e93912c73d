package dev.policysim.effective;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.ScopeKind;

/**
 * One scope of one instance: the global scope, or a named product, API or operation.
 *
 * @param kind the kind of scope
 * @param name the product, API or operation name; empty for the global scope
 */
public record Scope(ScopeKind kind, Optional<String> name) {

	/** The global ("All APIs") scope. */
	public static final Scope GLOBAL = new Scope(ScopeKind.GLOBAL, Optional.empty());

	public Scope {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

	/** A named scope. */
	public static Scope of(ScopeKind kind, String name) {
		return new Scope(kind, Optional.of(name));
	}

	/** How reports name the scope: {@code global}, {@code product starter}. */
	@Override
	public String toString() {
		return this.name.map((value) -> this.kind.label() + " " + value).orElse(this.kind.label());
	}

}
