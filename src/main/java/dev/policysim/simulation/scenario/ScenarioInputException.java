package dev.policysim.simulation.scenario;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.Position;

/**
 * A scenario or HAR file that cannot be used: not JSON, an unknown or missing field, a value of
 * the wrong type, a request on another host than the gateway. One clear message that names the
 * field's path ({@code requests[2].credentials}) and, where the file has one, its line and column.
 */
public class ScenarioInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final transient Optional<Position> position;

	private final String reason;

	/**
	 * An error about one field.
	 * @param field the field's path, e.g. {@code requests[2].credentials}; empty for the whole input
	 * @param position where the field stands in the file; empty when unknown
	 * @param reason what is wrong, in words
	 */
	public ScenarioInputException(String field, Optional<Position> position, String reason) {
		super(format(field, position, reason));
		this.field = Objects.requireNonNull(field, "field");
		this.position = Objects.requireNonNull(position, "position");
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	private static String format(String field, Optional<Position> position, String reason) {
		String where = position.map((at) -> "line " + at.line() + ", column " + at.column() + ": ").orElse("");
		return where + (field.isEmpty() ? "" : field + ": ") + reason;
	}

	/** The field's path; empty when the whole input is at fault. */
	public String field() {
		return this.field;
	}

	/** Where the field stands; empty when unknown. */
	public Optional<Position> position() {
		return this.position;
	}

	/** What is wrong, without the field and position. */
	public String reason() {
		return this.reason;
	}

	/**
	 * The message for one file, as the command line prints it: {@code scenario.json:12:20: field: reason}.
	 * @param file the file's name as the user gave it
	 * @return the message
	 */
	public String messageFor(String file) {
		String where = this.position.map((at) -> ":" + at.line() + ":" + at.column()).orElse("");
		return file + where + ": " + (this.field.isEmpty() ? "" : this.field + ": ") + this.reason;
	}

}
