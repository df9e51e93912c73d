package dev.policysim.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.browser.explain.ExplainCase;
import dev.policysim.browser.explain.ExplainCaseReader;
import dev.policysim.browser.explain.RecordedServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of {@code browser/cases.json}: an explain case (formats.md §4) with an optional second,
 * identical or slightly changed request ({@code again}) and the expected results. The unit suite
 * checks the model against {@code expect}; the Chromium suite checks the model against Chromium.
 *
 * @param id the case id
 * @param json the case as written
 */
record BrowserCase(String id, JsonNode json) {

	/** The first request's case. */
	ExplainCase first() {
		return ExplainCaseReader.readCase(this.json, this.id, this.id);
	}

	/** The second request's case, when the row has {@code again}. */
	Optional<ExplainCase> second() {
		JsonNode again = this.json.get("again");
		if (again == null) {
			return Optional.empty();
		}
		ObjectNode copy = (ObjectNode) this.json.deepCopy();
		JsonNode override = again.get("request");
		if (override != null) {
			((ObjectNode) copy.get("request")).setAll((ObjectNode) override);
		}
		return Optional.of(ExplainCaseReader.readCase(copy, this.id + ".again", this.id));
	}

	/** Seconds between the two requests. */
	double secondsBetween() {
		JsonNode again = this.json.get("again");
		return (again == null) ? 0 : again.path("after").asDouble(0);
	}

	JsonNode expect() {
		return this.json.get("expect");
	}

	/** Runs the request (and the second one) through one simulated browser. */
	List<CorsVerdict> predict() {
		Browser browser = new Browser();
		List<CorsVerdict> verdicts = new ArrayList<>();
		ExplainCase first = first();
		verdicts.add(browser.fetch(first.page(), first.request(), new RecordedServer(first), Instant.EPOCH));
		second().ifPresent((second) -> verdicts.add(browser.fetch(second.page(), second.request(),
				new RecordedServer(second), Instant.EPOCH.plus(Duration.ofMillis(Math.round(secondsBetween() * 1000))))));
		return verdicts;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
