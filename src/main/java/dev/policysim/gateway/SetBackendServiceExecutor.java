package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.effective.EffectiveElement;

/**
 * {@code set-backend-service} (set-backend-service-policy): the base URL {@code forward-request}
 * sends to. A {@code backend-id} names a backend entity, whose URL the workspace does not hold;
 * the trace names it instead.
 */
final class SetBackendServiceExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		Optional<String> url = element.element().attribute("base-url");
		Optional<String> id = element.element().attribute("backend-id");
		if (url.isPresent()) {
			String base = state.expressions().text(element, url.get(), url.get()).strip();
			state.request().target().base(base);
			state.trace(element, StepOutcome.APPLIED, "backend base URL set to " + base, Basis.DOCUMENTED);
		}
		else if (id.isPresent()) {
			String backend = state.expressions().text(element, id.get(), id.get()).strip();
			state.request().target().base("backend:" + backend);
			state.trace(element, StepOutcome.APPLIED, "backend set to the backend entity " + backend, Basis.DOCUMENTED);
		}
		else {
			state.trace(element, StepOutcome.PASSED_THROUGH, "neither base-url nor backend-id: not simulated, passed through",
					Basis.ASSUMED);
		}
		return Flow.CONTINUE;
	}

}
