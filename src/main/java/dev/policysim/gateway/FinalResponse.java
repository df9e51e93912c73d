package dev.policysim.gateway;

import java.util.Optional;

import dev.policysim.http.HttpResponse;
import dev.policysim.policy.SectionName;

/**
 * The response a request's pipeline ends with, plus the headers of the cors element that matched
 * its origin. An error raised after that match carries them too when the profile says so
 * ({@code corsHeadersOnLaterErrors}, assumed); an error raised before any cors ran never does.
 */
final class FinalResponse {

	private FinalResponse() {
	}

	static HttpResponse of(PipelineState state) {
		HttpResponse response = state.response().freeze();
		Optional<CorsRules> rules = state.corsMatch();
		Optional<String> origin = state.request().headers().get("Origin");
		if (rules.isEmpty() || origin.isEmpty()) {
			return response;
		}
		Optional<GatewayFailure> failure = state.failure();
		if (failure.isPresent() && !state.profile().corsHeadersOnLaterErrors()) {
			state.journal().gateway(SectionName.ON_ERROR, "cors-headers", StepOutcome.SKIPPED, "the " + failure.get().status()
					+ " error was raised after cors matched the origin, but the profile's corsHeadersOnLaterErrors is false: "
					+ "no CORS headers", Basis.ASSUMED);
			return response;
		}
		if (failure.isPresent()) {
			state.journal().gateway(SectionName.ON_ERROR, "cors-headers", StepOutcome.APPLIED, "the " + failure.get().status()
					+ " error was raised after cors matched the origin: it carries the CORS headers (the profile's "
					+ "corsHeadersOnLaterErrors is true)", Basis.ASSUMED);
		}
		return CorsHeaders.actual(response, rules.get(), origin.get());
	}

}
