package dev.policysim.web.share;

import java.util.Objects;
import java.util.Optional;

/**
 * One workspace file of a permalink, shown read-only.
 *
 * @param path the path relative to the workspace root
 * @param size its size in bytes
 * @param text its text; empty when it is binary or too long to show (the zip has it)
 */
public record FileView(String path, int size, Optional<String> text) {

	public FileView {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(text, "text");
	}

}
