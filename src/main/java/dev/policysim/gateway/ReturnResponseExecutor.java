package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.policy.PolicyElement;

/**
 * {@code return-response} (return-response-policy): ends the pipeline with a response built from
 * its {@code set-status}, {@code set-header} and {@code set-body} children, 200 and empty by
 * default. A {@code response-variable-name} names a response made by {@code send-request}, which is
 * not simulated.
 */
final class ReturnResponseExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		ResponseDraft response = state.response();
		response.replace(new HttpResponse(200, HttpHeaders.EMPTY, ""));
		for (PolicyElement child : element.element().elements()) {
			EffectiveElement part = PolicyPipeline.nested(element, child);
			switch (child.name()) {
				case "set-status" -> SetStatusExecutor.code(part, state).ifPresent(response::status);
				case "set-header" -> SetHeaderExecutor.apply(part, response.headers(), state);
				case "set-body" -> response.body(SetBodyExecutor.body(part, state));
				default -> {
					// only the three children above shape the response (return-response-policy)
				}
			}
		}
		String variable = element.element().attribute("response-variable-name")
			.map((name) -> " (response-variable-name " + name + " is not simulated)")
			.orElse("");
		state.trace(element, StepOutcome.TERMINATED, "the pipeline ends with a " + response.status() + " response" + variable,
				Basis.DOCUMENTED);
		return state.end(Responder.POLICY);
	}

}
