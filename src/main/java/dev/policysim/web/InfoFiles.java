package dev.policysim.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import dev.policysim.workspace.WorkspaceFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The APIOps information files ({@code {"properties": {...}}}) edited by the structure page.
 * Properties the forms do not know (descriptions, terms, service URLs) are kept.
 */
final class InfoFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InfoFiles() {
	}

	/**
	 * Writes a file's properties, creating the file or keeping what it already holds.
	 * @param files the files
	 * @param path the information file
	 * @param change sets the properties the form owns
	 * @return the files with the new information file
	 */
	static WorkspaceFiles update(WorkspaceFiles files, String path, Consumer<ObjectNode> change) {
		ObjectNode root = files.text(path).map(InfoFiles::parse).orElseGet(JSON::createObjectNode);
		JsonNode properties = root.get("properties");
		ObjectNode target = (properties instanceof ObjectNode object) ? object : root.putObject("properties");
		change.accept(target);
		return files.with(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
	}

	private static ObjectNode parse(String text) {
		try {
			JsonNode node = JSON.readTree(text);
			return (node instanceof ObjectNode object) ? object : JSON.createObjectNode();
		}
		catch (JacksonException ex) {
			// a broken file is replaced by what the form says; the old text stays in the revision history
			return JSON.createObjectNode();
		}
	}

}
