package dev.policysim.gateway;

import java.util.List;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.policy.SectionName;

/**
 * A preflight as the cors policy handles it (gateway.md §5): only cors is evaluated, starting with
 * the first cors element that is a direct child of the effective inbound (one inside
 * {@code choose} is not consulted). An allowed origin gets 200 with the CORS headers of what is
 * allowed; an unmatched origin ends with an empty 200 when {@code terminate-unmatched-request} is
 * true, and otherwise the next direct-child cors element is tried, then an empty 200 when none
 * matches (documented).
 */
final class CorsPreflight {

	private static final HttpResponse EMPTY_OK = new HttpResponse(200, HttpHeaders.EMPTY, "");

	private CorsPreflight() {
	}

	/**
	 * Answers a preflight, if any cors element is there to answer it.
	 * @param policy the effective policy of the preflight's context
	 * @param state the request's state; ended with the answer
	 * @return whether cors answered; {@code false} when the effective inbound holds no cors as a
	 * direct child, and the preflight goes through the normal pipeline
	 */
	static boolean answer(EffectivePolicy policy, PipelineState state) {
		List<EffectiveElement> candidates = state.runtime().policies().directCors(policy);
		if (candidates.isEmpty()) {
			return false;
		}
		String origin = state.request().headers().get("Origin").orElse("");
		String method = state.request().headers().get("Access-Control-Request-Method").orElse("").strip();
		List<String> requested = CorsHeaders.requestedHeaders(
				state.request().headers().get("Access-Control-Request-Headers").orElse(""));
		for (EffectiveElement element : candidates) {
			state.journal().beginStep();
			CorsRules rules = state.runtime().policies().cors(element, state.expressions());
			if (rules.allowsOrigin(origin)) {
				allowed(element, state, rules, new Preflight(origin, method, requested));
				return true;
			}
			boolean terminate = rules.terminates(state.profile());
			decide(state, element, rules, false, true, List.of(), terminate);
			String setting = CorsExecutor.terminateSetting(rules, terminate);
			if (terminate) {
				state.trace(element, StepOutcome.TERMINATED, "origin " + origin + " is not allowed and " + setting
						+ ": the preflight ends with an empty 200 OK without CORS headers", Basis.DOCUMENTED);
				state.end(Responder.CORS_TERMINATED, EMPTY_OK);
				return true;
			}
			state.trace(element, StepOutcome.SKIPPED, "origin " + origin + " is not allowed and " + setting
					+ ": the next cors element that is a direct child of inbound is tried", Basis.DOCUMENTED);
		}
		state.journal().gateway(SectionName.INBOUND, "cors", StepOutcome.TERMINATED, "no cors element allows origin "
				+ origin + ": the preflight ends with an empty 200 OK without CORS headers", Basis.DOCUMENTED);
		state.end(Responder.CORS_TERMINATED, EMPTY_OK);
		return true;
	}

	private static void allowed(EffectiveElement element, PipelineState state, CorsRules rules, Preflight preflight) {
		boolean methodAllowed = rules.allowsMethod(preflight.method());
		List<String> refused = rules.refusedHeaders(preflight.headers());
		decide(state, element, rules, true, methodAllowed, refused, true);
		HttpResponse answer = CorsHeaders.preflight(rules, preflight.origin(), preflight.method(), preflight.headers());
		StringBuilder detail = new StringBuilder("origin " + preflight.origin() + " is allowed: the preflight is answered "
				+ "200 with " + describe(answer.headers()));
		if (!methodAllowed) {
			detail.append("; the requested method ").append(preflight.method())
				.append(" is not allowed, so it is not listed and the browser refuses it");
		}
		if (!refused.isEmpty()) {
			detail.append("; the requested header").append((refused.size() > 1) ? "s " : " ").append(String.join(", ", refused))
				.append(" not allowed, so not listed, and the browser refuses ").append((refused.size() > 1) ? "them" : "it");
		}
		Basis basis = (methodAllowed && refused.isEmpty()) ? Basis.DOCUMENTED : Basis.ASSUMED;
		state.trace(element, StepOutcome.TERMINATED, detail.toString(), basis);
		state.end(Responder.CORS_PREFLIGHT, answer);
	}

	private static String describe(HttpHeaders headers) {
		StringBuilder text = new StringBuilder();
		headers.entries().forEach((line) -> text.append((text.length() == 0) ? "" : ", ").append(line.name()).append(": ")
			.append(line.value()));
		return text.toString();
	}

	private static void decide(PipelineState state, EffectiveElement element, CorsRules rules, boolean originAllowed,
			boolean methodAllowed, List<String> refused, boolean terminated) {
		state.journal().decide(new CorsDecision(element, true, originAllowed, methodAllowed, refused,
				rules.terminates(state.profile()), rules.terminateUnmatched().isEmpty(), terminated, rules.credentials()));
	}

	/** What the preflight asks for. */
	private record Preflight(String origin, String method, List<String> headers) {
	}

}
