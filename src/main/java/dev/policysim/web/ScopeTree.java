package dev.policysim.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * Builds the tree of scopes shown beside the editor from the files (so broken files still show)
 * and the read workspace (so operations declared only in a specification show too). Every file
 * appears once; files the layout does not name are listed under "Other files".
 */
final class ScopeTree {

	private final WorkspaceFiles files;

	private final Workspace workspace;

	private final Set<String> paths;

	private final Set<String> listed = new HashSet<>();

	private ScopeTree(WorkspaceFiles files, Workspace workspace) {
		this.files = files;
		this.workspace = workspace;
		this.paths = files.paths();
	}

	static List<TreeSection> of(WorkspaceFiles files, Workspace workspace) {
		return new ScopeTree(files, workspace).sections();
	}

	private List<TreeSection> sections() {
		List<TreeSection> sections = new ArrayList<>();
		sections.add(new TreeSection("Global", List.of(file("All APIs (global policy)", "policy.xml"))));
		sections.add(new TreeSection("Products", products()));
		sections.add(new TreeSection("APIs", apis()));
		sections.add(new TreeSection("Policy fragments", simple("policy fragments", "policy.xml")));
		sections.add(new TreeSection("Named values", simple("named values", "namedValueInformation.json")));
		sections.add(new TreeSection("Subscriptions", simple("subscriptions", "subscriptionInformation.json")));
		List<TreeNode> others = this.paths.stream()
			.filter((path) -> !this.listed.contains(path))
			.map((path) -> TreeNode.file(path, path, true))
			.toList();
		sections.add(new TreeSection("Other files", others));
		return sections;
	}

	private List<TreeNode> products() {
		SortedSet<String> names = new TreeSet<>(this.files.folders("products"));
		this.workspace.products().forEach((product) -> names.add(product.name()));
		List<TreeNode> nodes = new ArrayList<>();
		for (String name : names) {
			String folder = "products/" + name + "/";
			List<TreeNode> children = new ArrayList<>();
			children.add(file("productInformation.json", folder + "productInformation.json"));
			addIfPresent(children, "apis.json", folder + "apis.json");
			for (String api : this.files.folders(folder + "apis")) {
				children.add(file("contains API " + api, folder + "apis/" + api + "/productApiInformation.json"));
			}
			nodes.add(new TreeNode(name, folder + "policy.xml", exists(folder + "policy.xml"), children));
			this.listed.add(folder + "policy.xml");
		}
		return nodes;
	}

	private List<TreeNode> apis() {
		SortedSet<String> names = new TreeSet<>(this.files.folders("apis"));
		this.workspace.apis().forEach((api) -> names.add(api.name()));
		List<TreeNode> nodes = new ArrayList<>();
		for (String name : names) {
			String folder = "apis/" + name + "/";
			List<TreeNode> children = new ArrayList<>();
			children.add(file("apiInformation.json", folder + "apiInformation.json"));
			for (String spec : List.of("specification.yaml", "specification.yml", "specification.json")) {
				addIfPresent(children, spec, folder + spec);
			}
			children.addAll(operations(name, folder));
			nodes.add(new TreeNode(name, folder + "policy.xml", exists(folder + "policy.xml"), children));
			this.listed.add(folder + "policy.xml");
		}
		return nodes;
	}

	private List<TreeNode> operations(String apiName, String folder) {
		List<TreeNode> nodes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Operation> declared = this.workspace.api(apiName).map(Api::operations).orElse(List.of());
		for (Operation operation : declared) {
			String path = folder + "operations/" + operation.name() + "/policy.xml";
			nodes.add(file(operation.method() + " " + operation.urlTemplate() + " · " + operation.name(), path));
			seen.add(operation.name());
		}
		for (String folderName : this.files.folders(folder + "operations")) {
			if (!seen.contains(folderName)) {
				nodes.add(file(folderName + " (not in the specification)", folder + "operations/" + folderName + "/policy.xml"));
			}
		}
		return nodes;
	}

	private List<TreeNode> simple(String parent, String fileName) {
		return this.files.folders(parent)
			.stream()
			.map((name) -> file(name, parent + "/" + name + "/" + fileName))
			.toList();
	}

	private void addIfPresent(List<TreeNode> nodes, String label, String path) {
		if (exists(path)) {
			nodes.add(file(label, path));
		}
	}

	private TreeNode file(String label, String path) {
		this.listed.add(path);
		return TreeNode.file(label, path, exists(path));
	}

	private boolean exists(String path) {
		return this.paths.contains(path);
	}

}
