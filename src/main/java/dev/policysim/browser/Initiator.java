package dev.policysim.browser;

import java.util.Arrays;
import java.util.Optional;

/**
 * The script API that makes the request. It changes the console line: Chromium says
 * {@code Access to fetch at …} or {@code Access to XMLHttpRequest at …}, and appends different
 * hints for each.
 */
public enum Initiator {

	FETCH("fetch", "fetch", "Failed to execute 'fetch' on 'Window': "),
	XHR("xhr", "XMLHttpRequest", "Failed to execute 'open' on 'XMLHttpRequest': ");

	private final String jsName;

	private final String consoleKind;

	private final String exceptionPrefix;

	Initiator(String jsName, String consoleKind, String exceptionPrefix) {
		this.jsName = jsName;
		this.consoleKind = consoleKind;
		this.exceptionPrefix = exceptionPrefix;
	}

	/** The name used in input files: {@code fetch} or {@code xhr}. */
	public String jsName() {
		return this.jsName;
	}

	/** The resource kind in Chromium's console line. */
	public String consoleKind() {
		return this.consoleKind;
	}

	/** How Blink starts the message of an exception this API throws for bad arguments. */
	public String exceptionPrefix() {
		return this.exceptionPrefix;
	}

	/**
	 * The initiator named in an input file.
	 * @param name {@code fetch} or {@code xhr}
	 * @return the initiator; empty for any other name
	 */
	public static Optional<Initiator> fromJsName(String name) {
		return Arrays.stream(values()).filter((initiator) -> initiator.jsName.equals(name)).findFirst();
	}

}
