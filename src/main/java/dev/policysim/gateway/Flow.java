package dev.policysim.gateway;

/** What the pipeline does after a policy: go on, stop with the response as it is, or handle an error. */
enum Flow {

	/** Go on with the next policy. */
	CONTINUE,

	/** The pipeline is over: a policy answered (return-response, mock-response, cors). */
	END,

	/** An error was raised: skip to on-error (gateway.md §6). */
	ERROR

}
