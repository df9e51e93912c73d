package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;

/**
 * {@code mock-response} (mock-response-policy): ends the pipeline with {@code status-code}
 * (default 200) and {@code content-type}. The example or schema-generated body APIM would send is
 * not simulated: the body is empty.
 */
final class MockResponseExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		int status = status(element.element().attribute("status-code").orElse("200"));
		HttpHeaders headers = element.element().attribute("content-type")
			.map((type) -> HttpHeaders.of("Content-Type", type))
			.orElse(HttpHeaders.EMPTY);
		state.trace(element, StepOutcome.TERMINATED, "the pipeline ends with a mocked " + status
				+ " (the example body from the specification is not simulated: empty body)", Basis.DOCUMENTED);
		return state.end(Responder.POLICY, new HttpResponse(status, headers, ""));
	}

	private static int status(String text) {
		try {
			int status = Integer.parseInt(text.strip());
			return (status >= 100 && status <= 999) ? status : 200;
		}
		catch (NumberFormatException ex) {
			return 200;
		}
	}

}
