package dev.policysim.simulation.cause;

import java.util.Locale;

/** How much a cause matters, as lint findings rate the same rule ids (rules.md). */
public enum Severity {

	ERROR, WARNING, INFO;

	/** The lower-case name used in JSON. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
