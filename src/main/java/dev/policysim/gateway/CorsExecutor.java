package dev.policysim.gateway;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;

/**
 * {@code cors} on an actual request (gateway.md §5). Without {@code Origin} it does nothing. The
 * first cors element that matches the origin marks the request: its headers go on the final
 * response (and on errors raised later, by profile); later cors elements do nothing. An element
 * that does not match ends a GET or HEAD with an empty 200 when {@code terminate-unmatched-request}
 * is true (documented), and otherwise lets the request go on without CORS headers, leaving the
 * next cors element to act (assumed for other methods with terminate true).
 */
final class CorsExecutor implements PolicyExecutor {

	/** The trace text of Microsoft's gateway for a request without Origin (observed). */
	static final String NO_ORIGIN = "Origin header was missing or empty and the request was classified as not "
			+ "cross-domain. CORS policy was not applied.";

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		Optional<String> origin = state.request().headers().get("Origin").filter((value) -> !value.isBlank());
		if (origin.isEmpty()) {
			state.trace(element, StepOutcome.SKIPPED, NO_ORIGIN, Basis.OBSERVED);
			return Flow.CONTINUE;
		}
		if (state.corsMatch().isPresent()) {
			state.trace(element, StepOutcome.SKIPPED,
					"an earlier cors element already matched the origin; only the first match applies", Basis.ASSUMED);
			return Flow.CONTINUE;
		}
		CorsRules rules = state.runtime().policies().cors(element, state.expressions());
		if (rules.allowsOrigin(origin.get())) {
			state.corsMatched(rules);
			decide(state, element, rules, true, false);
			state.trace(element, StepOutcome.APPLIED, "origin " + origin.get() + " is allowed: the response will carry "
					+ "Access-Control-Allow-Origin: " + rules.allowOrigin(origin.get()), Basis.DOCUMENTED);
			return Flow.CONTINUE;
		}
		return unmatched(element, state, rules, origin.get());
	}

	private static Flow unmatched(EffectiveElement element, PipelineState state, CorsRules rules, String origin) {
		boolean terminate = rules.terminates(state.profile());
		String method = state.incoming().http().method();
		boolean simple = method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD");
		String setting = terminateSetting(rules, terminate);
		if (terminate && simple) {
			decide(state, element, rules, false, true);
			state.trace(element, StepOutcome.TERMINATED, "origin " + origin + " is not allowed and " + setting + ": the "
					+ method + " ends with an empty 200 OK without CORS headers; the backend is not called",
					Basis.DOCUMENTED);
			return state.end(Responder.CORS_TERMINATED, new HttpResponse(200, HttpHeaders.EMPTY, ""));
		}
		decide(state, element, rules, false, false);
		state.trace(element, StepOutcome.SKIPPED, "origin " + origin + " is not allowed and " + setting
				+ ": the request goes on without CORS headers", terminate ? Basis.ASSUMED : Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	/** How the trace states {@code terminate-unmatched-request}, naming the profile when it decided. */
	static String terminateSetting(CorsRules rules, boolean terminate) {
		String value = "terminate-unmatched-request is " + terminate;
		return rules.terminateUnmatched().isPresent() ? value
				: value + " (left out: the profile's terminateUnmatchedDefault)";
	}

	private static void decide(PipelineState state, EffectiveElement element, CorsRules rules, boolean allowed,
			boolean terminated) {
		state.journal().decide(new CorsDecision(element, false, allowed, true, List.of(),
				rules.terminates(state.profile()), rules.terminateUnmatched().isEmpty(), terminated, rules.credentials()));
	}

}
