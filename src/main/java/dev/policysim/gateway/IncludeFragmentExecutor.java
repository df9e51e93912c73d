package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;

/**
 * An {@code include-fragment} still in the effective policy: the calculator inlines every fragment
 * it finds, so this one names a fragment the workspace does not hold. The gateway answers 500
 * (assumed: APIM refuses to save such a policy, so no capture exists).
 */
final class IncludeFragmentExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String fragment = element.element().attribute("fragment-id").orElse("");
		String message = "Policy fragment '" + fragment + "' was not found.";
		GatewayError error = GatewayError.of(500, element.name(), "FragmentNotFound", message)
			.withBodyMessage("Internal server error");
		return state.fail(element, error, message + " The gateway answers 500", Basis.ASSUMED);
	}

}
