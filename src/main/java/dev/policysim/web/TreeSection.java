package dev.policysim.web;

import java.util.List;
import java.util.Objects;

/**
 * A group of the workspace tree: global, products, APIs, fragments, named values, subscriptions.
 *
 * @param title the group's title
 * @param nodes its entries
 */
record TreeSection(String title, List<TreeNode> nodes) {

	TreeSection {
		Objects.requireNonNull(title, "title");
		nodes = List.copyOf(nodes);
	}

}
