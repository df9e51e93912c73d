package dev.policysim.web;

import java.util.Comparator;
import java.util.List;

import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.Workspace;

import org.springframework.stereotype.Component;

/**
 * The findings the pages show for a workspace. A thin adapter: today it reports the files the
 * workspace reader could not use; the analyzer's lint findings join here when it lands.
 */
@Component
class WorkspaceFindings {

	/**
	 * Every finding of a workspace.
	 * @param workspace the read workspace
	 * @return the findings in file then line order; empty when there are none
	 */
	List<Finding> all(Workspace workspace) {
		return workspace.problems()
			.stream()
			.map(WorkspaceFindings::finding)
			.sorted(Comparator.comparing(Finding::file).thenComparing(Finding::line).thenComparing(Finding::column))
			.toList();
	}

	/**
	 * The findings of one file, for the panel beside the editor.
	 * @param workspace the read workspace
	 * @param file the file's path
	 * @return the findings in line order; empty when there are none
	 */
	List<Finding> of(Workspace workspace, String file) {
		return all(workspace).stream().filter((finding) -> finding.file().equals(file)).toList();
	}

	private static Finding finding(LoadProblem problem) {
		String rule = switch (problem.kind()) {
			case XML_INVALID -> "xml-invalid";
			case FILE_INVALID -> "file-invalid";
			case ORPHAN -> "file-orphan";
		};
		String severity = (problem.kind() == LoadProblem.Kind.ORPHAN) ? "warning" : "error";
		return new Finding(rule, severity, problem.message(), problem.file(), problem.position().line(),
				problem.position().column(), "");
	}

}
