package dev.policysim.analysis;

import java.util.List;

/**
 * How many findings of each severity a lint found, as formats.md §5's {@code summary}.
 *
 * @param error the number of errors
 * @param warning the number of warnings
 * @param info the number of infos
 */
public record LintSummary(int error, int warning, int info) {

	public LintSummary {
		if (error < 0 || warning < 0 || info < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	/**
	 * Counts findings.
	 * @param findings the findings
	 * @return the counts
	 */
	public static LintSummary of(List<Finding> findings) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Finding finding : findings) {
			switch (finding.severity()) {
				case ERROR -> errors++;
				case WARNING -> warnings++;
				case INFO -> infos++;
			}
		}
		return new LintSummary(errors, warnings, infos);
	}

	/** The number of findings of all severities. */
	public int total() {
		return this.error + this.warning + this.info;
	}

	/**
	 * The number of findings at or above a severity.
	 * @param threshold the least severity that counts
	 * @return the count
	 */
	public int atLeast(Severity threshold) {
		return switch (threshold) {
			case ERROR -> this.error;
			case WARNING -> this.error + this.warning;
			case INFO -> total();
		};
	}

}
