package dev.policysim.workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.policy.Position;

/**
 * Finds where operations are declared in the text of an OpenAPI or Swagger file, so a finding can
 * point at the line of an operation's {@code operationId}. One pass over the text records every
 * {@code operationId}; the parser's model has no positions.
 */
final class SpecPositions {

	private static final String KEY = "operationId";

	private final String text;

	private final Map<String, Position> operationIds = new HashMap<>();

	SpecPositions(String text) {
		this.text = text;
		scan();
	}

	private void scan() {
		int line = 1;
		int lineStart = 0;
		int from = 0;
		int at;
		while ((at = this.text.indexOf(KEY, from)) >= 0) {
			for (int i = from; i < at; i++) {
				if (this.text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			Position position = new Position(line, keyStart(at, lineStart) - lineStart + 1);
			valueAfter(at + KEY.length()).ifPresent((id) -> this.operationIds.putIfAbsent(id, position));
			from = at + KEY.length();
		}
	}

	private int keyStart(int at, int lineStart) {
		return (at > lineStart && "\"'".indexOf(this.text.charAt(at - 1)) >= 0) ? at - 1 : at;
	}

	/** The value after {@code operationId} and its colon, in YAML or JSON, quoted or not. */
	private Optional<String> valueAfter(int index) {
		int i = index;
		if (i < this.text.length() && "\"'".indexOf(this.text.charAt(i)) >= 0) {
			i++;
		}
		i = skipBlanks(i);
		if (i >= this.text.length() || this.text.charAt(i) != ':') {
			return Optional.empty();
		}
		i = skipBlanks(i + 1);
		if (i >= this.text.length()) {
			return Optional.empty();
		}
		char quote = this.text.charAt(i);
		boolean quoted = quote == '"' || quote == '\'';
		int start = quoted ? i + 1 : i;
		int end = start;
		while (end < this.text.length() && !ends(this.text.charAt(end), quoted, quote)) {
			end++;
		}
		String value = this.text.substring(start, end).strip();
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

	private static boolean ends(char c, boolean quoted, char quote) {
		if (quoted) {
			return c == quote || c == '\n';
		}
		return c == '\n' || c == '\r' || c == ',' || c == '}' || c == '#';
	}

	private int skipBlanks(int from) {
		int i = from;
		while (i < this.text.length() && (this.text.charAt(i) == ' ' || this.text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	/**
	 * Where an operation is declared.
	 * @param operationId the operationId as the spec writes it
	 * @return the position of its {@code operationId} key, or empty when not found
	 */
	Optional<Position> ofOperationId(String operationId) {
		return Optional.ofNullable(this.operationIds.get(operationId));
	}

	/**
	 * Where a path is declared, for operations without operationId.
	 * @param template the path as the spec writes it, e.g. {@code /orders/{id}}
	 * @return the position of the path's key, or the start of the file when not found
	 */
	Position ofPath(String template) {
		int at = indexOfKey(template);
		if (at < 0) {
			return Position.START;
		}
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, at - lineStart + 1);
	}

	private int indexOfKey(String template) {
		for (String candidate : new String[] { "\"" + template + "\"", "'" + template + "'", template + ":" }) {
			int at = this.text.indexOf(candidate);
			if (at >= 0) {
				return at;
			}
		}
		return -1;
	}

}
