package dev.policysim.web;

import java.util.List;
import java.util.Locale;

import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.ReadProblem;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one document as the user types: policy XML through the same reader the rest of the tool
 * uses (so hostile XML is refused here too), JSON for well-formedness.
 */
@Component
class DocumentChecker {

	private final PolicyXmlReader reader;

	private final JsonMapper json = JsonMapper.builder().build();

	DocumentChecker(PolicyXmlReader reader) {
		this.reader = reader;
	}

	/**
	 * The problems of a document.
	 * @param path its path in the workspace, which decides how it is read
	 * @param content its text
	 * @return the problems; empty when it reads cleanly or is not a kind of file that is checked
	 */
	List<DocumentProblem> check(String path, String content) {
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xml")) {
			return checkXml(path, content);
		}
		if (lower.endsWith(".json")) {
			return checkJson(content);
		}
		return List.of();
	}

	private List<DocumentProblem> checkXml(String path, String content) {
		try {
			this.reader.read(path, content);
			return List.of();
		}
		catch (PolicyReadException ex) {
			ReadProblem problem = ex.problem();
			return List.of(new DocumentProblem("error", problem.position().line(), problem.position().column(),
					problem.message(), "xml-invalid"));
		}
	}

	private List<DocumentProblem> checkJson(String content) {
		try {
			this.json.readTree(content);
			return List.of();
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			int line = (location != null) ? Math.max(1, location.getLineNr()) : 1;
			int column = (location != null) ? Math.max(1, location.getColumnNr()) : 1;
			return List.of(new DocumentProblem("error", line, column, "Not valid JSON: " + ex.getOriginalMessage(),
					"file-invalid"));
		}
	}

}
