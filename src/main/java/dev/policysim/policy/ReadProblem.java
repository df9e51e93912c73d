package dev.policysim.policy;

import java.util.Objects;

/**
 * Why a policy file could not be read, at the place a person should look.
 *
 * @param file the file's path relative to the workspace root
 * @param position the line and column in the original file
 * @param message one sentence a person understands, e.g. "The element {@code inbound} is not
 * closed: expected {@code </inbound>} before {@code </policies>}."
 */
public record ReadProblem(String file, Position position, String message) {

	public ReadProblem {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return this.file + ":" + this.position + ": " + this.message;
	}

}
