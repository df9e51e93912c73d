package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.SectionName;

/**
 * What the gateway records while it handles one request: the trace, the cors decisions and the
 * expressions it had to assume. A step during which an expression was assumed says so: an
 * {@link StepOutcome#APPLIED} or {@link StepOutcome#SKIPPED} step becomes
 * {@link StepOutcome#NOT_EVALUATED}, and its detail names the expression, the reason and the value.
 */
final class Journal {

	private final List<TraceStep> trace = new ArrayList<>();

	private final List<CorsDecision> cors = new ArrayList<>();

	private final List<ExpressionAssumption> assumptions = new ArrayList<>();

	private int stepStart;

	/** Marks the start of a policy's step: assumptions from here on belong to it. */
	void beginStep() {
		this.stepStart = this.assumptions.size();
	}

	void assume(ExpressionAssumption assumption) {
		this.assumptions.add(assumption);
	}

	void decide(CorsDecision decision) {
		this.cors.add(decision);
	}

	/**
	 * Records a policy's step.
	 * @param section the section it ran in
	 * @param element the policy
	 * @param outcome what it did
	 * @param detail what happened, in words
	 * @param basis how sure the simulator is of the behaviour
	 */
	void policy(SectionName section, EffectiveElement element, StepOutcome outcome, String detail, Basis basis) {
		if (this.stepStart == this.assumptions.size()) {
			// the common case: nothing assumed, the detail stands as it is
			addPolicyStep(section, element, outcome, detail, basis);
			return;
		}
		StepOutcome actual = outcome;
		StringBuilder text = new StringBuilder(detail);
		for (int i = this.stepStart; i < this.assumptions.size(); i++) {
			ExpressionAssumption assumption = this.assumptions.get(i);
			text.append("; expression not evaluated: ").append(assumption.expression()).append(" (")
				.append(assumption.reason()).append("), ").append(assumption.supplied() ? "scenario supplied " : "assumed ")
				.append('"').append(assumption.value()).append('"');
			if (outcome == StepOutcome.APPLIED || outcome == StepOutcome.SKIPPED) {
				actual = StepOutcome.NOT_EVALUATED;
			}
		}
		this.stepStart = this.assumptions.size();
		addPolicyStep(section, element, actual, text.toString(), basis);
	}

	private void addPolicyStep(SectionName section, EffectiveElement element, StepOutcome outcome, String detail,
			Basis basis) {
		this.trace.add(new TraceStep(Optional.of(section), element.name(), Optional.of(element.provenance().scope()),
				Optional.of(element.provenance().location()), outcome, detail, basis));
	}

	/**
	 * Records one of the gateway's own steps, outside any section.
	 * @param name {@code operation-match}, {@code subscription-check}, {@code backend}, ...
	 * @param outcome what it did
	 * @param detail what happened, in words
	 * @param basis how sure the simulator is of the behaviour
	 */
	void gateway(String name, StepOutcome outcome, String detail, Basis basis) {
		this.trace.add(new TraceStep(Optional.empty(), name, Optional.empty(), Optional.empty(), outcome, detail, basis));
	}

	/**
	 * Records a gateway step that happens inside a section, such as the backend call of
	 * {@code forward-request} or the late subscription check at the end of inbound.
	 */
	void gateway(SectionName section, String name, StepOutcome outcome, String detail, Basis basis) {
		this.trace.add(new TraceStep(Optional.of(section), name, Optional.empty(), Optional.empty(), outcome, detail,
				basis));
	}

	List<TraceStep> trace() {
		return this.trace;
	}

	List<CorsDecision> cors() {
		return this.cors;
	}

	List<ExpressionAssumption> assumptions() {
		return this.assumptions;
	}

}
