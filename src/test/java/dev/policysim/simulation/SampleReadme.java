package dev.policysim.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sample's README states the simulation must show (sample-policies/README.md, "How the
 * READMEs are written"): the rows of "What the browser shows" and the numbered causes under
 * "### Causes", so that the README stays the single source of truth of the sample tests.
 */
final class SampleReadme {

	private static final Pattern HEADING = Pattern.compile("^\\*\\*(.+), repeat (\\d+)\\*\\*");

	private static final Pattern CAUSE = Pattern
		.compile("^(\\d+)\\. `([a-z-]+)`(?: at `([^`:]+):(\\d+):(\\d+)`| \\(no source element)");

	private final List<Row> rows;

	private final Map<String, List<ExpectedCause>> causes;

	private SampleReadme(List<Row> rows, Map<String, List<ExpectedCause>> causes) {
		this.rows = rows;
		this.causes = causes;
	}

	static SampleReadme of(Path folder) {
		try {
			return parse(Files.readAllLines(folder.resolve("README.md")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SampleReadme parse(List<String> lines) {
		String section = "";
		List<Row> rows = new ArrayList<>();
		Map<String, List<ExpectedCause>> causes = new LinkedHashMap<>();
		String current = null;
		for (String line : lines) {
			if (line.startsWith("## ") || line.startsWith("### ")) {
				section = line;
				continue;
			}
			if (section.equals("## What the browser shows") && line.startsWith("| ") && !line.startsWith("| request")) {
				rows.add(Row.parse(line));
			}
			if (section.equals("### Causes")) {
				Matcher heading = HEADING.matcher(line);
				if (heading.find()) {
					current = key(heading.group(1), Integer.parseInt(heading.group(2)));
					causes.put(current, new ArrayList<>());
				}
				Matcher cause = CAUSE.matcher(line);
				if (cause.find() && current != null) {
					causes.get(current).add(new ExpectedCause(cause.group(2), Optional.ofNullable(cause.group(3)),
							Optional.ofNullable(cause.group(4)).map(Integer::valueOf),
							Optional.ofNullable(cause.group(5)).map(Integer::valueOf)));
				}
			}
		}
		return new SampleReadme(rows, causes);
	}

	static String key(String request, int repeat) {
		return request + " #" + repeat;
	}

	List<Row> rows() {
		return this.rows;
	}

	/** The causes stated for a request and repeat; empty when the README states none (then there must be none). */
	List<ExpectedCause> causes(String request, int repeat) {
		return this.causes.getOrDefault(key(request, repeat), List.of());
	}

	/** The requests whose causes are stated. */
	List<String> withCauses() {
		return List.copyOf(this.causes.keySet());
	}

	/** A row of the table: one request, a range of repeats that agree. */
	record Row(String request, int firstRepeat, int lastRepeat, String outcome, Optional<String> corsError,
			Optional<Integer> status, Optional<String> console) {

		static Row parse(String line) {
			String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
			String[] repeats = cells[1].strip().split("-");
			return new Row(cells[0].strip(), Integer.parseInt(repeats[0]), Integer.parseInt(repeats[repeats.length - 1]),
					cells[2].strip(), none(cells[3]), none(cells[4]).map(Integer::valueOf), none(cells[5]));
		}

		private static Optional<String> none(String cell) {
			String text = cell.strip();
			return text.equals("—") ? Optional.empty() : Optional.of(text);
		}

	}

	/** A numbered line of "### Causes". */
	record ExpectedCause(String rule, Optional<String> file, Optional<Integer> line, Optional<Integer> column) {

		@Override
		public String toString() {
			return this.rule + this.file.map((name) -> " at " + name + ":" + this.line.orElseThrow() + ":"
					+ this.column.orElseThrow()).orElse(" (no source element)");
		}

	}

}
