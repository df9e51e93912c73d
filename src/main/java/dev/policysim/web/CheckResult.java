package dev.policysim.web;

import java.util.List;

/**
 * What the check found, for the editor's gutter.
 *
 * @param problems the problems; empty when the document reads cleanly
 */
record CheckResult(List<DocumentProblem> problems) {

	CheckResult {
		problems = List.copyOf(problems);
	}

}
