package dev.policysim.web;

import java.util.Objects;

/**
 * A product context of an API, one tab of the effective-policy page.
 *
 * @param label what the tab shows
 * @param product the product's name; empty for "no product"
 * @param current whether it is the one shown
 */
record ContextTab(String label, String product, boolean current) {

	ContextTab {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(product, "product");
	}

}
