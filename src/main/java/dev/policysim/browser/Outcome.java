package dev.policysim.browser;

/** How a request ends for the script: it gets the response, whatever its status, or it does not. */
public enum Outcome {

	DELIVERED("delivered"), BLOCKED("blocked");

	private final String jsonName;

	Outcome(String jsonName) {
		this.jsonName = jsonName;
	}

	/** The name in reports and input files. */
	public String jsonName() {
		return this.jsonName;
	}

}
