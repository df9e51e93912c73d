package dev.policysim.workspace;

import java.util.Objects;

import dev.policysim.policy.Position;

/**
 * A file of the workspace that could not be used. The rest of the workspace still loads.
 *
 * @param kind what went wrong, which decides the lint rule that reports it
 * @param file the path relative to the workspace root
 * @param position the line and column in that file ({@link Position#START} when the whole file is
 * at fault)
 * @param message one sentence a person understands
 */
public record LoadProblem(Kind kind, String file, Position position, String message) {

	public LoadProblem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(message, "message");
	}

	/** The kinds of problems, each reported by its own lint rule. */
	public enum Kind {

		/** A policy or fragment file that is not readable XML or not a policy document. */
		XML_INVALID,

		/** A JSON, YAML or OpenAPI file that cannot be parsed or has the wrong shape. */
		FILE_INVALID,

		/** A file in the right place that refers to something the workspace does not hold. */
		ORPHAN

	}

}
