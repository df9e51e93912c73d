package dev.policysim.effective;

import java.util.Objects;

import dev.policysim.policy.Position;

/**
 * A place in a workspace file.
 *
 * @param file the path relative to the workspace root
 * @param position the line and column
 */
public record SourceLocation(String file, Position position) {

	public SourceLocation {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(position, "position");
	}

	public int line() {
		return this.position.line();
	}

	public int column() {
		return this.position.column();
	}

	/** {@code products/starter/policy.xml:4}, as messages cite a place. */
	@Override
	public String toString() {
		return this.file + ":" + this.position.line();
	}

}
