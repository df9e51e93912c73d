package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.policysim.workspace.WorkspaceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Products, APIs and product membership as edits of the APIOps file tree (formats.md §1): a product
 * or API is its folder, membership is a {@code productApiInformation.json} folder per API (or an
 * entry of the older {@code apis.json}, when the product has one).
 */
final class StructureEdits {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructureEdits() {
	}

	static WorkspaceFiles createProduct(WorkspaceFiles files, ProductForm form, String name) {
		if (FileTreeMoves.hasFolder(files, "products/" + name + "/")) {
			throw new EditRefusedException("name", "There is already a product called " + name + ".");
		}
		return InfoFiles.update(files, "products/" + name + "/productInformation.json", (properties) -> {
			properties.put("displayName", form.displayNameOr(name));
			properties.put("subscriptionRequired", form.requiresSubscription());
			properties.put("state", form.stateValue());
		});
	}

	static WorkspaceFiles createApi(WorkspaceFiles files, ApiForm form) {
		String name = form.nameValue();
		if (FileTreeMoves.hasFolder(files, "apis/" + name + "/")) {
			throw new EditRefusedException("name", "There is already an API called " + name + ".");
		}
		return SpecificationEdits.create(updateApi(files, name, form), name, form.displayNameOr(name));
	}

	static WorkspaceFiles updateApi(WorkspaceFiles files, String name, ApiForm form) {
		return InfoFiles.update(files, "apis/" + name + "/apiInformation.json", (properties) -> {
			properties.put("displayName", form.displayNameOr(name));
			properties.put("path", form.pathValue().isEmpty() ? name : form.pathValue());
			properties.put("subscriptionRequired", form.requiresSubscription());
			properties.putObject("subscriptionKeyParameterNames")
				.put("header", form.headerOrDefault())
				.put("query", form.queryOrDefault());
		});
	}

	static WorkspaceFiles rename(WorkspaceFiles files, String kind, String name, String newName) {
		String parent = kind.equals("products") ? "products/" : "apis/";
		if (FileTreeMoves.hasFolder(files, parent + newName + "/")) {
			throw new EditRefusedException("newName", newName + " is taken.");
		}
		WorkspaceFiles moved = FileTreeMoves.move(files, parent + name + "/", parent + newName + "/");
		moved = rescope(moved, "/" + kind + "/" + name, "/" + kind + "/" + newName);
		if (kind.equals("apis")) {
			for (String product : files.folders("products")) {
				moved = FileTreeMoves.move(moved, "products/" + product + "/apis/" + name + "/",
						"products/" + product + "/apis/" + newName + "/");
				moved = replaceInList(moved, product, name, newName);
			}
		}
		return moved;
	}

	static WorkspaceFiles delete(WorkspaceFiles files, String kind, String name) {
		if (kind.equals("products")) {
			return FileTreeMoves.remove(files, "products/" + name + "/");
		}
		WorkspaceFiles kept = FileTreeMoves.remove(files, "apis/" + name + "/");
		for (String product : files.folders("products")) {
			kept = removeMember(kept, product, name);
		}
		return kept;
	}

	static WorkspaceFiles addMember(WorkspaceFiles files, String product, String api) {
		String list = "products/" + product + "/apis.json";
		if (files.paths().contains(list)) {
			List<String> names = names(files, list);
			if (!names.contains(api)) {
				names.add(api);
			}
			return writeList(files, list, names);
		}
		return InfoFiles.update(files, "products/" + product + "/apis/" + api + "/productApiInformation.json",
				(properties) -> properties.put("name", api));
	}

	static WorkspaceFiles removeMember(WorkspaceFiles files, String product, String api) {
		WorkspaceFiles kept = FileTreeMoves.remove(files, "products/" + product + "/apis/" + api + "/");
		String list = "products/" + product + "/apis.json";
		if (!kept.paths().contains(list)) {
			return kept;
		}
		List<String> names = names(kept, list);
		names.remove(api);
		return writeList(kept, list, names);
	}

	/** Points the subscriptions of a renamed product or API at its new name, keeping any ARM id prefix. */
	private static WorkspaceFiles rescope(WorkspaceFiles files, String oldScope, String newScope) {
		WorkspaceFiles changed = files;
		for (String subscription : files.folders("subscriptions")) {
			String path = "subscriptions/" + subscription + "/subscriptionInformation.json";
			String scope = files.text(path).map(StructureEdits::scopeOf).orElse("");
			if (scope.endsWith(oldScope)) {
				String rewritten = scope.substring(0, scope.length() - oldScope.length()) + newScope;
				changed = InfoFiles.update(changed, path, (properties) -> properties.put("scope", rewritten));
			}
		}
		return changed;
	}

	private static String scopeOf(String json) {
		try {
			return JSON.readTree(json).path("properties").path("scope").asString("");
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static WorkspaceFiles replaceInList(WorkspaceFiles files, String product, String name, String newName) {
		String list = "products/" + product + "/apis.json";
		if (!files.paths().contains(list)) {
			return files;
		}
		List<String> names = names(files, list);
		return names.remove(name) ? writeList(files, list, add(names, newName)) : files;
	}

	private static List<String> add(List<String> names, String name) {
		names.add(name);
		return names;
	}

	/** The API names of an {@code apis.json}: a list of names or of objects with a {@code name}. */
	private static List<String> names(WorkspaceFiles files, String list) {
		List<String> names = new ArrayList<>();
		try {
			for (JsonNode entry : JSON.readTree(files.text(list).orElse("[]"))) {
				String name = entry.isString() ? entry.asString() : entry.path("name").asString("");
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
		}
		catch (JacksonException ex) {
			throw new EditRefusedException("api", list + " cannot be read; fix it in the editor first.");
		}
		return names;
	}

	private static WorkspaceFiles writeList(WorkspaceFiles files, String list, List<String> names) {
		ArrayNode array = JSON.createArrayNode();
		names.forEach(array::add);
		return files.with(list, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array).getBytes(StandardCharsets.UTF_8));
	}

}
