package dev.policysim.web;

import java.util.List;

import dev.policysim.analysis.Analyzer;
import dev.policysim.analysis.LintSettings;
import dev.policysim.effective.Scope;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;

import org.springframework.stereotype.Component;

/**
 * The findings the pages show for a workspace: the analyzer's lint report (every rule of rules.md,
 * the workspace's {@code policysim.json} settings and exemption comments applied), each finding
 * once at the source element that causes it, in the report's order. A thin adapter over
 * {@link Analyzer}, so the editor's side panel, the findings page and the rule pages agree with
 * {@code lint} on the command line.
 */
@Component
class WorkspaceFindings {

	private final Analyzer analyzer;

	WorkspaceFindings(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * Every finding of a workspace, each once.
	 * @param files the workspace's files, whose {@code policysim.json} sets the rules' severities
	 * @param workspace the workspace read from them
	 * @return the findings in lint order (broadest scope's file first, then path, line and column);
	 * empty when there are none
	 */
	List<Finding> all(WorkspaceFiles files, Workspace workspace) {
		return this.analyzer.analyze(workspace, LintSettings.read(files))
			.findings()
			.stream()
			.map(WorkspaceFindings::finding)
			.toList();
	}

	private static Finding finding(dev.policysim.analysis.Finding finding) {
		return new Finding(finding.rule(), finding.severity().label(), finding.message(), finding.file(),
				finding.line(), finding.column(), finding.scope().map(Scope::toString).orElse(""), finding.fix());
	}

}
