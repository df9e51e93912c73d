package dev.policysim.effective;

import java.util.Objects;

import dev.policysim.policy.PolicyElement;

/**
 * A policy of an effective policy: the element (named values substituted) and where it came from.
 * Nested elements ({@code when} in {@code choose}) come from the same file; their own positions
 * are in the element tree.
 *
 * @param element the policy element
 * @param provenance its origin
 */
public record EffectiveElement(PolicyElement element, Provenance provenance) {

	public EffectiveElement {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(provenance, "provenance");
	}

	/** The policy's name, e.g. {@code cors}. */
	public String name() {
		return this.element.name();
	}

}
