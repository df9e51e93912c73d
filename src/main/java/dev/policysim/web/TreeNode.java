package dev.policysim.web;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the workspace tree beside the editor.
 *
 * @param label what the entry shows
 * @param path the file it opens; empty for an entry that only groups others
 * @param exists whether that file exists (a scope without a policy opens a new one)
 * @param children the entries under it
 */
record TreeNode(String label, String path, boolean exists, List<TreeNode> children) {

	TreeNode {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(path, "path");
		children = List.copyOf(children);
	}

	static TreeNode file(String label, String path, boolean exists) {
		return new TreeNode(label, path, exists, List.of());
	}

}
