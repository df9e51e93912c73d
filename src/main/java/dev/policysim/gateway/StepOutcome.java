package dev.policysim.gateway;

import java.util.Locale;

/** What one step of the pipeline did. */
public enum StepOutcome {

	/** The policy did its work and the pipeline went on. */
	APPLIED,

	/** The policy did nothing for this request (a cors without {@code Origin}, a branch not taken). */
	SKIPPED,

	/** The policy raised an error; the pipeline jumped to on-error. */
	ERROR,

	/** The policy ended the pipeline with a response (cors preflight answer, return-response, ...). */
	TERMINATED,

	/** The policy is not simulated; it was passed over and the trace says so. */
	PASSED_THROUGH,

	/** A decision depended on an expression outside the supported subset; a value was assumed. */
	NOT_EVALUATED;

	/** The kebab-case name used in JSON, e.g. {@code passed-through}. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
