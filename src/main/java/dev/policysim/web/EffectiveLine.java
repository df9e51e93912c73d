package dev.policysim.web;

import java.util.Objects;

/**
 * One line of the flattened view: a policy element tinted by its scope and linked to its source,
 * or a scope boundary.
 *
 * @param element whether this is a policy element (otherwise a boundary comment)
 * @param text the element's XML, or the boundary's words
 * @param scopeClass the CSS class tinting it, e.g. {@code scope-product}
 * @param source where it comes from, in words, e.g. {@code product starter · products/starter/policy.xml:4}
 * @param href the editor at its source line; empty for a boundary
 * @param changed whether a compare view found it only on this side
 */
record EffectiveLine(boolean element, String text, String scopeClass, String source, String href, boolean changed) {

	EffectiveLine {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(scopeClass, "scopeClass");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(href, "href");
	}

	EffectiveLine markChanged() {
		return new EffectiveLine(this.element, this.text, this.scopeClass, this.source, this.href, true);
	}

}
