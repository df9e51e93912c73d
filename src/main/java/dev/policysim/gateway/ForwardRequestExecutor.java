package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpResponse;
import dev.policysim.policy.SectionName;

/**
 * {@code forward-request} (forward-request-policy): calls the scenario's mock backend and takes its
 * response. A 4xx or 5xx answer raises an error only with {@code fail-on-error-status-code="true"};
 * then on-error sees the backend's response, which stays the caller's unless on-error changes it
 * (LastError reason {@code BackendError}: assumed, not documented).
 */
final class ForwardRequestExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String target = state.request().method() + " " + state.request().target().url();
		state.trace(element, StepOutcome.APPLIED, "forwards " + target + " to the backend", Basis.DOCUMENTED);
		HttpResponse answer = state.backend().response();
		state.backendCalled(answer);
		state.journal().gateway(SectionName.BACKEND, "backend", StepOutcome.APPLIED,
				"the mock backend answered " + answer.status() + " to " + target, Basis.DOCUMENTED);
		boolean failOnError = element.element().attribute("fail-on-error-status-code").orElse("false").strip()
			.equalsIgnoreCase("true");
		if (failOnError && answer.status() >= 400 && answer.status() <= 599) {
			String message = "Backend service responded with status code " + answer.status() + ".";
			Flow flow = state.fail(element, GatewayError.of(answer.status(), element.name(), "BackendError", message),
					message + " fail-on-error-status-code is true: on-error runs", Basis.DOCUMENTED);
			state.response().replace(answer);
			return flow;
		}
		return Flow.CONTINUE;
	}

}
