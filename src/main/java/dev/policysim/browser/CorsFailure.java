package dev.policysim.browser;

import java.util.List;
import java.util.Objects;

/**
 * A failed CORS check: Chromium's error and its failed parameter (the hint in the console line).
 *
 * @param error the error
 * @param failedParameter the offending value, e.g. the ACAO value or the header name; may be empty
 * @param alternatives other values Chromium may name instead: when several request headers are not
 * allowed, Chromium names one of them in its internal hash order, which the model does not
 * reproduce; empty otherwise
 */
public record CorsFailure(CorsError error, String failedParameter, List<String> alternatives) {

	public CorsFailure {
		Objects.requireNonNull(error, "error");
		Objects.requireNonNull(failedParameter, "failedParameter");
		alternatives = List.copyOf(alternatives);
	}

	/**
	 * A failure without alternatives.
	 * @param error the error
	 * @param failedParameter the failed parameter, empty for none
	 * @return the failure
	 */
	public static CorsFailure of(CorsError error, String failedParameter) {
		return new CorsFailure(error, failedParameter, List.of());
	}

	CorsFailure onPreflight() {
		return new CorsFailure(this.error.onPreflight(), this.failedParameter, this.alternatives);
	}

}
