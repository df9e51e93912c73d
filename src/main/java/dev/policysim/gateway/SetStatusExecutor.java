package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.effective.EffectiveElement;

/** {@code set-status} (set-status-policy): the response's status code, in any section. */
final class SetStatusExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		Optional<Integer> code = code(element, state);
		if (code.isEmpty()) {
			state.trace(element, StepOutcome.PASSED_THROUGH, "code is not a status code: not simulated, passed through",
					Basis.ASSUMED);
			return Flow.CONTINUE;
		}
		state.response().status(code.get());
		state.trace(element, StepOutcome.APPLIED, "response status set to " + code.get(), Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	/**
	 * The status code a set-status element names.
	 * @param element the element
	 * @param state the request's state, for expressions
	 * @return the code; empty when it is not between 100 and 999
	 */
	static Optional<Integer> code(EffectiveElement element, PipelineState state) {
		String raw = element.element().attribute("code").orElse("");
		try {
			int code = Integer.parseInt(state.expressions().text(element, raw, "").strip());
			return (code >= 100 && code <= 999) ? Optional.of(code) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
