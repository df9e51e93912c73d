package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.policysim.workspace.WorkspaceFiles;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;

/**
 * Adds, renames and removes operations in an API's OpenAPI or Swagger specification, editing the
 * {@code paths} tree both formats share, in the file's own format (YAML or JSON).
 */
final class SpecificationEdits {

	static final String[] NAMES = { "specification.yaml", "specification.yml", "specification.json" };

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options",
			"head", "patch", "trace");

	private SpecificationEdits() {
	}

	static WorkspaceFiles addOperation(WorkspaceFiles files, String api, String name, String method, String template) {
		String path = specPath(files, api);
		ObjectNode root = read(files, path, api);
		if (find(root, name).isPresent()) {
			throw new EditRefusedException("name", "The API already has an operation called " + name + ".");
		}
		ObjectNode paths = root.has("paths") && root.get("paths").isObject() ? (ObjectNode) root.get("paths")
				: root.putObject("paths");
		ObjectNode item = paths.has(template) && paths.get(template).isObject() ? (ObjectNode) paths.get(template)
				: paths.putObject(template);
		String key = method.toLowerCase(Locale.ROOT);
		if (item.has(key)) {
			throw new EditRefusedException("urlTemplate", method + " " + template + " is already an operation of the API.");
		}
		ObjectNode operation = item.putObject(key);
		operation.put("operationId", name);
		operation.putObject("responses").putObject("200").put("description", "OK");
		return write(files, path, root);
	}

	static WorkspaceFiles renameOperation(WorkspaceFiles files, String api, String name, String newName) {
		String path = specPath(files, api);
		ObjectNode root = read(files, path, api);
		ObjectNode operation = find(root, name)
			.orElseThrow(() -> new NotFoundException("The API has no operation called " + name + "."));
		if (find(root, newName).isPresent()) {
			throw new EditRefusedException("newName", "The API already has an operation called " + newName + ".");
		}
		operation.put("operationId", newName);
		String folder = "apis/" + api + "/operations/";
		return FileTreeMoves.move(write(files, path, root), folder + name + "/", folder + newName + "/");
	}

	static WorkspaceFiles removeOperation(WorkspaceFiles files, String api, String name) {
		String path = specPath(files, api);
		ObjectNode root = read(files, path, api);
		JsonNode paths = root.path("paths");
		for (JsonNode item : paths) {
			if (item instanceof ObjectNode object) {
				object.properties().removeIf((entry) -> METHODS.contains(entry.getKey())
						&& entry.getValue().path("operationId").asText().equalsIgnoreCase(name));
			}
		}
		return FileTreeMoves.remove(write(files, path, root), "apis/" + api + "/operations/" + name + "/");
	}

	/** A minimal OpenAPI 3 document for a new API. */
	static WorkspaceFiles create(WorkspaceFiles files, String api, String title) {
		return write(files, "apis/" + api + "/specification.json", newRoot(title));
	}

	private static ObjectNode newRoot(String title) {
		ObjectNode root = Json.mapper().createObjectNode();
		root.put("openapi", "3.0.1");
		root.putObject("info").put("title", title).put("version", "1.0");
		root.putObject("paths");
		return root;
	}

	private static Optional<ObjectNode> find(ObjectNode root, String name) {
		for (JsonNode item : root.path("paths")) {
			for (Map.Entry<String, JsonNode> method : item.properties()) {
				if (METHODS.contains(method.getKey()) && method.getValue() instanceof ObjectNode operation
						&& operation.path("operationId").asText().equalsIgnoreCase(name)) {
					return Optional.of(operation);
				}
			}
		}
		return Optional.empty();
	}

	private static String specPath(WorkspaceFiles files, String api) {
		for (String name : NAMES) {
			String path = "apis/" + api + "/" + name;
			if (files.paths().contains(path)) {
				return path;
			}
		}
		return "apis/" + api + "/specification.json";
	}

	private static ObjectNode read(WorkspaceFiles files, String path, String api) {
		Optional<String> text = files.text(path);
		if (text.isEmpty()) {
			return newRoot(api);
		}
		try {
			JsonNode node = mapper(path).readTree(text.get());
			if (node instanceof ObjectNode object) {
				return object;
			}
		}
		catch (JsonProcessingException ex) {
			// reported below
		}
		throw new EditRefusedException("name", path + " cannot be read; fix it in the editor first.");
	}

	private static WorkspaceFiles write(WorkspaceFiles files, String path, ObjectNode root) {
		try {
			String text = mapper(path).writerWithDefaultPrettyPrinter().writeValueAsString(root);
			return files.with(path, text.getBytes(StandardCharsets.UTF_8));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A tree read from JSON or YAML can be written back", ex);
		}
	}

	private static ObjectMapper mapper(String path) {
		return path.endsWith(".json") ? Json.mapper() : Yaml.mapper();
	}

}
