package dev.policysim.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.policysim.workspace.WorkspaceFiles;

/**
 * The lines of the workspace's files, so renderers can show the line a finding points at. Reads each
 * file once; confined to one rendering.
 */
public final class SourceLines {

	private final Function<String, Optional<String>> texts;

	private final Map<String, List<String>> lines = new HashMap<>();

	/**
	 * Lines from any source of file texts.
	 * @param texts a file's text by its path; empty when the file is unknown
	 */
	public SourceLines(Function<String, Optional<String>> texts) {
		this.texts = Objects.requireNonNull(texts, "texts");
	}

	/**
	 * The lines of a workspace's files.
	 * @param files the workspace's files
	 * @return the lines
	 */
	public static SourceLines of(WorkspaceFiles files) {
		return new SourceLines(files::text);
	}

	/** No source at all: renderers then show findings without their lines. */
	public static SourceLines none() {
		return new SourceLines((file) -> Optional.empty());
	}

	/**
	 * One line of a file, without its line break.
	 * @param file the path relative to the workspace root
	 * @param line the line number, starting at 1
	 * @return the line; empty when the file or the line does not exist
	 */
	public Optional<String> line(String file, int line) {
		List<String> all = this.lines.computeIfAbsent(file,
				(path) -> this.texts.apply(path).map((text) -> List.of(text.split("\r\n|\r|\n", -1))).orElse(List.of()));
		return (line >= 1 && line <= all.size()) ? Optional.of(all.get(line - 1)) : Optional.empty();
	}

}
