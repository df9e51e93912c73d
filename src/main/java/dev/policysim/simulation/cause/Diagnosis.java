package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Objects;

import dev.policysim.simulation.fix.Patch;

/**
 * What a report says about one request: one sentence that sets what the browser shows against
 * what the gateway really did, and the causes, most direct first.
 *
 * @param headline the sentence, e.g. "The browser says CORS (MissingAllowOriginHeader), but the
 * gateway answered 429 from rate-limit at apis/orders/policy.xml:4:5, before cors
 * (apis/orders/policy.xml:5:5) could run."
 * @param causes the causes, from the most direct to the root
 */
public record Diagnosis(String headline, List<Cause> causes) {

	public Diagnosis {
		Objects.requireNonNull(headline, "headline");
		causes = List.copyOf(causes);
	}

	/**
	 * The fix to try first: the patches of the cause nearest the root that has any. The root
	 * cause's fix is the one the samples' READMEs give (add {@code <base/>} rather than a second
	 * cors; merge the duplicate rather than widen the first).
	 * @return the patches; empty when no cause has a mechanical fix
	 */
	public List<Patch> suggestedPatches() {
		for (int i = this.causes.size() - 1; i >= 0; i--) {
			if (!this.causes.get(i).patches().isEmpty()) {
				return this.causes.get(i).patches();
			}
		}
		return List.of();
	}

}
