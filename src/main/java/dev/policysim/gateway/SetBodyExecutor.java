package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;

/**
 * {@code set-body} (set-body-policy): the request body before the backend, the response body
 * after. Liquid templates are not rendered: such a body is left unchanged and the trace says so.
 */
final class SetBodyExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		if (element.element().attribute("template").filter("liquid"::equalsIgnoreCase).isPresent()) {
			state.trace(element, StepOutcome.PASSED_THROUGH,
					"liquid templates are not rendered: not simulated, the body is left unchanged", Basis.ASSUMED);
			return Flow.CONTINUE;
		}
		String body = body(element, state);
		if (state.onRequestSide()) {
			state.request().body(body);
		}
		else {
			state.response().body(body);
		}
		state.trace(element, StepOutcome.APPLIED, (state.onRequestSide() ? "request" : "response") + " body set ("
				+ body.length() + " characters)", Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	/** The body a set-body element gives. */
	static String body(EffectiveElement element, PipelineState state) {
		return state.expressions().text(element, element.element().text(), "");
	}

}
