package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code choose}: the first {@code when} whose {@code condition} is true runs its policies, else
 * {@code otherwise} (choose-policy). A condition outside the expression subset counts as false
 * unless the scenario supplies its value, so the next branch is taken.
 */
final class ChooseExecutor implements PolicyExecutor {

	private final PolicyPipeline pipeline;

	ChooseExecutor(PolicyPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		StringBuilder detail = new StringBuilder();
		Optional<PolicyElement> otherwise = Optional.empty();
		int number = 0;
		for (PolicyElement branch : element.element().elements()) {
			if (branch.name().equals("otherwise")) {
				otherwise = otherwise.or(() -> Optional.of(branch));
				continue;
			}
			if (!branch.name().equals("when")) {
				continue;
			}
			number++;
			EffectiveElement when = PolicyPipeline.nested(element, branch);
			boolean taken = state.expressions().condition(when, branch.attribute("condition").orElse(""), false);
			detail.append("when #").append(number).append(" (line ").append(branch.position().line()).append(") is ")
				.append(taken);
			if (taken) {
				state.trace(element, StepOutcome.APPLIED, detail + ": its policies run", Basis.DOCUMENTED);
				return this.pipeline.run(PolicyPipeline.children(element, branch), state);
			}
			detail.append("; ");
		}
		if (otherwise.isPresent()) {
			state.trace(element, StepOutcome.APPLIED, detail + "otherwise runs", Basis.DOCUMENTED);
			return this.pipeline.run(PolicyPipeline.children(element, otherwise.get()), state);
		}
		state.trace(element, StepOutcome.SKIPPED, detail + "no branch runs", Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

}
