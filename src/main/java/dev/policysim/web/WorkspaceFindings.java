package dev.policysim.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.policysim.effective.CalculationProblem;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.Workspace;

import org.springframework.stereotype.Component;

/**
 * The findings the pages show for a workspace. A thin adapter over the core: today the files the
 * workspace reader could not use and the problems the calculator meets in every context (missing
 * fragments and named values, duplicate {@code <base/>}); the analyzer's lint findings join here
 * when it lands, and the pages do not change.
 */
@Component
class WorkspaceFindings {

	private final EffectivePolicyCalculator calculator;

	WorkspaceFindings(EffectivePolicyCalculator calculator) {
		this.calculator = calculator;
	}

	/**
	 * Every finding of a workspace, each once.
	 * @param workspace the read workspace
	 * @return the findings in file, line, column order; empty when there are none
	 */
	List<Finding> all(Workspace workspace) {
		Set<Finding> findings = new LinkedHashSet<>();
		workspace.problems().stream().map(WorkspaceFindings::finding).forEach(findings::add);
		for (EffectivePolicy policy : this.calculator.calculateAll(workspace)) {
			policy.problems().stream().map(WorkspaceFindings::finding).forEach(findings::add);
		}
		return findings.stream()
			.sorted(Comparator.comparing(Finding::file).thenComparing(Finding::line).thenComparing(Finding::column))
			.toList();
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

	private static Finding finding(CalculationProblem problem) {
		return new Finding(problem.rule(), "error", problem.message(), problem.location().file(), problem.location().line(),
				problem.location().column(), problem.scope().toString());
	}

}
