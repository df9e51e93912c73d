package dev.policysim.effective;

import java.util.Objects;

import dev.policysim.policy.PolicyElement;

/**
 * A policy of an effective policy: the element (named values substituted) and where it came from.
 * Nested elements ({@code when} in {@code choose}) come from the same file, their own positions
 * in the element tree; except what a nested {@code include-fragment} brought in, whose positions
 * are in the fragment's file ({@link Provenance#nestedFragments()}).
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
