package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;

/** Any policy the simulator does not execute: it is passed over, and the trace says so. */
final class PassThroughExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		state.trace(element, StepOutcome.PASSED_THROUGH, "not simulated, passed through", Basis.ASSUMED);
		return Flow.CONTINUE;
	}

}
