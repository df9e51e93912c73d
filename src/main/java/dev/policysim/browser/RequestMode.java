package dev.policysim.browser;

import java.util.Arrays;
import java.util.Optional;

/** The mode of a {@code fetch} request; {@code XMLHttpRequest} always uses {@link #CORS}. */
public enum RequestMode {

	CORS("cors"), NO_CORS("no-cors"), SAME_ORIGIN("same-origin");

	private final String jsName;

	RequestMode(String jsName) {
		this.jsName = jsName;
	}

	/** The name {@code fetch} uses, e.g. {@code no-cors}. */
	public String jsName() {
		return this.jsName;
	}

	/**
	 * The mode named as {@code fetch} names it.
	 * @param name {@code cors}, {@code no-cors} or {@code same-origin}
	 * @return the mode; empty for any other name
	 */
	public static Optional<RequestMode> fromJsName(String name) {
		return Arrays.stream(values()).filter((mode) -> mode.jsName.equals(name)).findFirst();
	}

}
