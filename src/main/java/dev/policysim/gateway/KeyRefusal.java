package dev.policysim.gateway;

/** Why the subscription check refuses a request (gateway.md §4). */
enum KeyRefusal {

	/** No key, and neither an open product nor the API itself lets keyless calls in. */
	MISSING,

	/** A key that matches no active subscription for the API. */
	INVALID

}
