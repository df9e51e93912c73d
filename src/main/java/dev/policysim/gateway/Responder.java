package dev.policysim.gateway;

/** Who produced the response a request got: what a cause analysis starts from. */
public enum Responder {

	/** No API or operation matched: the gateway's 404. */
	NOT_FOUND,

	/** The subscription check: a 401 for a missing or invalid key. */
	SUBSCRIPTION_CHECK,

	/** A cors element answered a preflight (with CORS headers when the origin matched). */
	CORS_PREFLIGHT,

	/** A cors element's {@code terminate-unmatched-request} ended the request with an empty 200. */
	CORS_TERMINATED,

	/** A policy ended the pipeline on purpose ({@code return-response}, {@code mock-response}). */
	POLICY,

	/** A policy or the gateway raised an error; the response is on-error's or the default error response. */
	ERROR,

	/** The backend answered (through {@code forward-request}), then outbound ran. */
	BACKEND,

	/** No {@code forward-request} ran and nothing ended the pipeline: outbound ran after inbound. */
	PIPELINE

}
