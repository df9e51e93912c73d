package dev.policysim.browser.explain;

import java.time.Instant;
import java.util.List;

import dev.policysim.browser.Browser;

/**
 * Runs each case through a fresh simulated browser (an empty preflight cache, so every case
 * stands alone) against its recorded responses.
 */
public final class Explainer {

	private Explainer() {
	}

	/**
	 * Explains every case.
	 * @param input the cases
	 * @return one result per case, in order
	 * @throws ExplainInputException when a case lacks a response the browser needs
	 */
	public static List<ExplainResult> explain(ExplainInput input) {
		return input.cases().stream().map(Explainer::explain).toList();
	}

	/**
	 * Explains one case.
	 * @param recorded the case
	 * @return the result
	 */
	public static ExplainResult explain(ExplainCase recorded) {
		Browser browser = new Browser();
		return new ExplainResult(recorded.id(),
				browser.fetch(recorded.page(), recorded.request(), new RecordedServer(recorded), Instant.EPOCH));
	}

}
