package dev.policysim.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.workspace.WorkspaceFiles;

/**
 * The file open in the editor: its text, or a starting text for a scope that has no file yet.
 *
 * @param path the file's path
 * @param exists whether the file exists in the newest revision
 * @param text the text to edit; empty for a binary file
 * @param binary whether the file is not UTF-8 text and so cannot be edited here
 * @param mode the CodeMirror mode for the file's kind
 */
record EditorDocument(String path, boolean exists, String text, boolean binary, String mode) {

	static final String NEW_POLICY = """
			<policies>
				<inbound>
					<base />
				</inbound>
				<backend>
					<base />
				</backend>
				<outbound>
					<base />
				</outbound>
				<on-error>
					<base />
				</on-error>
			</policies>
			""";

	static final String NEW_FRAGMENT = """
			<fragment>
			</fragment>
			""";

	static EditorDocument open(WorkspaceFiles files, String path) {
		Optional<byte[]> content = files.content(path);
		if (content.isEmpty()) {
			return new EditorDocument(path, false, starter(path), false, mode(path));
		}
		Optional<String> text = decode(content.get());
		return new EditorDocument(path, true, text.orElse(""), text.isEmpty(), mode(path));
	}

	private static String starter(String path) {
		if (path.startsWith("policy fragments/")) {
			return NEW_FRAGMENT;
		}
		if (path.endsWith("policy.xml")) {
			return NEW_POLICY;
		}
		return path.endsWith(".json") ? "{\n\t\"properties\": {\n\t}\n}\n" : "";
	}

	private static String mode(String path) {
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xml")) {
			return "xml";
		}
		if (lower.endsWith(".json")) {
			return "application/json";
		}
		return (lower.endsWith(".yaml") || lower.endsWith(".yml")) ? "yaml" : "text/plain";
	}

	private static Optional<String> decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				return Optional.empty();
			}
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
