package dev.policysim.browser;

import java.util.Arrays;
import java.util.Optional;

/** The credentials mode of a request, as {@code fetch}'s {@code credentials} option names it. */
public enum CredentialsMode {

	OMIT("omit"), SAME_ORIGIN("same-origin"), INCLUDE("include");

	private final String jsName;

	CredentialsMode(String jsName) {
		this.jsName = jsName;
	}

	/** The name {@code fetch} uses, e.g. {@code same-origin}. */
	public String jsName() {
		return this.jsName;
	}

	/**
	 * The mode named as {@code fetch} names it.
	 * @param name {@code omit}, {@code same-origin} or {@code include}
	 * @return the mode; empty for any other name
	 */
	public static Optional<CredentialsMode> fromJsName(String name) {
		return Arrays.stream(values()).filter((mode) -> mode.jsName.equals(name)).findFirst();
	}

}
