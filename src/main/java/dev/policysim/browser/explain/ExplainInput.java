package dev.policysim.browser.explain;

import java.util.List;

/**
 * The cases of one {@code explain} input.
 *
 * @param cases the cases, in input order
 * @param array whether the input was an array (the output then is one too)
 */
public record ExplainInput(List<ExplainCase> cases, boolean array) {

	public ExplainInput {
		cases = List.copyOf(cases);
	}

}
