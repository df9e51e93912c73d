package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;

/** {@code set-method} (set-method-policy): the method of the request sent to the backend. */
final class SetMethodExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String method = state.expressions().text(element, element.element().text(), state.request().method()).strip();
		state.request().method(method);
		state.trace(element, StepOutcome.APPLIED, "backend request method set to " + method, Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

}
