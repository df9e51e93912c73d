package dev.policysim.browser;

import java.util.Objects;

/**
 * A verdict in plain words.
 *
 * @param why what happened and why, as a developer would want it told
 * @param fix what to change on the server side; empty when nothing needs to change
 */
public record Explanation(String why, String fix) {

	public Explanation {
		Objects.requireNonNull(why, "why");
		Objects.requireNonNull(fix, "fix");
	}

}
