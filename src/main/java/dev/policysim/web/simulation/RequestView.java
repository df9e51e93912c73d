package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

/**
 * One request of the scenario and its sends, grouped where consecutive repetitions ended alike.
 *
 * @param index its place in the scenario, from 0
 * @param name its name
 * @param line its method and URL
 * @param page the page's origin
 * @param expected the expected outcome; empty when none is stated
 * @param sends the groups of sends, in repeat order
 * @param notShown how many later sends are counted but not drawn (too many distinct groups)
 * @param unmet how many sends, shown or not, ended otherwise than expected
 */
public record RequestView(int index, String name, String line, String page, String expected, List<SendView> sends,
		int notShown, int unmet) {

	public RequestView {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(expected, "expected");
		sends = List.copyOf(sends);
	}

	/** Whether every send met the scenario's expectation. */
	public boolean expectationsMet() {
		return this.unmet == 0;
	}

}
