package dev.policysim.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The result of a lint: the findings in a deterministic order (broadest scope's file first, then
 * path, line, column and rule order) and their counts.
 *
 * @param findings the findings, after settings and exemptions
 * @param summary the counts by severity
 * @param exempted how many findings exemption comments removed
 */
public record LintReport(List<Finding> findings, LintSummary summary, int exempted) {

	public LintReport {
		findings = List.copyOf(findings);
		Objects.requireNonNull(summary, "summary");
	}

	/**
	 * A report of some findings.
	 * @param findings the findings, already ordered
	 * @param exempted how many exemption comments removed
	 * @return the report with its summary
	 */
	public static LintReport of(List<Finding> findings, int exempted) {
		return new LintReport(findings, LintSummary.of(findings), exempted);
	}

	/**
	 * Whether any finding reaches a severity, as {@code --fail-on} asks.
	 * @param threshold the least severity that fails
	 * @return {@code true} when at least one finding is that severe
	 */
	public boolean fails(Severity threshold) {
		return this.summary.atLeast(threshold) > 0;
	}

}
