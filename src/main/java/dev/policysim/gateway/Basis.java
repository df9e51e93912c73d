package dev.policysim.gateway;

/**
 * How sure the simulator is of a behaviour (gateway.md): the reports label each step with it, so
 * a user knows what to verify on a real gateway.
 */
public enum Basis {

	/** Microsoft's policy reference says so. */
	DOCUMENTED,

	/** Seen in published captures of a real gateway, not in the reference. */
	OBSERVED,

	/** Nobody documents it; the simulator chose it (often a profile setting). */
	ASSUMED;

	/** The lower-case name used in JSON. */
	public String jsonName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
