package dev.policysim.analysis;

import java.util.Optional;

/**
 * Writes a lint report for people: findings grouped by file, each with its line shown and a caret
 * under the column, the fix, then a summary line. Stateless.
 */
public final class LintText {

	/**
	 * The report as text.
	 * @param report the report
	 * @param sources the files' lines, to show the line of each finding
	 * @return the text, ending with a line break
	 */
	public String write(LintReport report, SourceLines sources) {
		StringBuilder text = new StringBuilder();
		Optional<String> file = Optional.empty();
		for (Finding finding : report.findings()) {
			if (file.isEmpty() || !file.get().equals(finding.file())) {
				if (file.isPresent()) {
					text.append('\n');
				}
				file = Optional.of(finding.file());
				text.append(finding.file()).append('\n');
			}
			finding(text, finding, sources);
		}
		if (!report.findings().isEmpty()) {
			text.append('\n');
		}
		return text.append(summary(report)).append('\n').toString();
	}

	private static void finding(StringBuilder text, Finding finding, SourceLines sources) {
		text.append("  ").append(finding.line()).append(':').append(finding.column()).append("  ")
			.append(finding.severity()).append("  ").append(finding.rule()).append("  ").append(finding.message())
			.append('\n');
		Optional<String> line = sources.line(finding.file(), finding.line());
		if (line.isPresent()) {
			String gutter = String.valueOf(finding.line());
			String blank = " ".repeat(gutter.length());
			String source = line.get().stripTrailing();
			text.append("    ").append(gutter).append(" | ").append(source).append('\n');
			text.append("    ").append(blank).append(" | ").append(caretIndent(source, finding.column())).append("^\n");
		}
		text.append("    fix: ").append(finding.fix()).append('\n');
	}

	/** Spaces up to the column, keeping tabs so the caret lines up under tab-indented lines. */
	private static String caretIndent(String source, int column) {
		StringBuilder indent = new StringBuilder();
		for (int i = 0; i < column - 1 && i < source.length(); i++) {
			indent.append((source.charAt(i) == '\t') ? '\t' : ' ');
		}
		return indent.toString();
	}

	private static String summary(LintReport report) {
		LintSummary summary = report.summary();
		String counts = count(summary.error(), "error") + ", " + count(summary.warning(), "warning") + ", "
				+ count(summary.info(), "info");
		String exempted = (report.exempted() > 0) ? " (" + report.exempted() + " exempted by policysim-disable)" : "";
		if (summary.total() == 0) {
			return "No findings" + exempted + ".";
		}
		return count(summary.total(), "finding") + ": " + counts + exempted + ".";
	}

	private static String count(int number, String noun) {
		return number + " " + noun + ((number == 1 || noun.equals("info")) ? "" : "s");
	}

}
