package dev.policysim.browser.explain;

import java.util.Objects;

import dev.policysim.browser.CorsVerdict;

/**
 * The verdict on one case.
 *
 * @param id the case's id
 * @param verdict what the browser does
 */
public record ExplainResult(String id, CorsVerdict verdict) {

	public ExplainResult {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(verdict, "verdict");
	}

}
