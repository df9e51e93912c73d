package dev.policysim.web.simulation;

import java.util.Objects;

import dev.policysim.effective.Scope;
import dev.policysim.gateway.TraceStep;

/**
 * One trace step as the run page shows it, with its source place (for the link to the editor).
 *
 * @param section the pipeline section; empty for the gateway's own steps
 * @param policy the policy or gateway step
 * @param scope the scope, in words; empty for gateway steps
 * @param file the source file; empty for gateway steps
 * @param line the line, from 1; 0 without a file
 * @param column the column, from 1; 0 without a file
 * @param outcome what the step did ({@code applied}, {@code error}, ...)
 * @param detail what happened
 * @param basis documented, observed or assumed
 */
public record StepView(String section, String policy, String scope, String file, int line, int column, String outcome,
		String detail, String basis) {

	public StepView {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(basis, "basis");
	}

	static StepView of(TraceStep step) {
		return new StepView(step.section().map((section) -> section.xmlName()).orElse(""), step.policy(),
				step.scope().map(Scope::toString).orElse(""), step.location().map((at) -> at.file()).orElse(""),
				step.location().map((at) -> at.line()).orElse(0), step.location().map((at) -> at.column()).orElse(0),
				step.outcome().jsonName(), step.detail(), step.basis().jsonName());
	}

}
