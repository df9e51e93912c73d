package dev.policysim.gateway;

import java.util.List;
import java.util.Objects;

import dev.policysim.effective.EffectiveElement;

/**
 * What one cors element decided for a request it was evaluated on.
 *
 * @param element the cors element
 * @param preflight whether it handled a preflight (else an actual request with {@code Origin})
 * @param originAllowed whether the request's origin is in its allowed origins
 * @param methodAllowed whether the (requested) method is allowed; {@code true} when not checked
 * @param headersRefused the requested headers it does not allow, lower-cased; empty when all pass
 * @param terminateUnmatched the {@code terminate-unmatched-request} value in force
 * @param terminateFromProfile whether that value came from the profile because the element leaves
 * the attribute out
 * @param terminated whether it ended the request (preflight answer, or empty 200 for an unmatched
 * origin)
 * @param credentialsAllowed the {@code allow-credentials} value
 */
public record CorsDecision(EffectiveElement element, boolean preflight, boolean originAllowed, boolean methodAllowed,
		List<String> headersRefused, boolean terminateUnmatched, boolean terminateFromProfile, boolean terminated,
		boolean credentialsAllowed) {

	public CorsDecision {
		Objects.requireNonNull(element, "element");
		headersRefused = List.copyOf(headersRefused);
	}

}
