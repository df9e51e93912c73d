package dev.policysim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The browser model against the expectations written in {@code browser/cases.json}, without a
 * browser: fast feedback for the rules {@link ChromiumDifferentialTests} proves against Chromium.
 */
class BrowserCaseTableTests {

	static Stream<BrowserCase> cases() {
		return BrowserCases.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void modelGivesTheExpectedVerdict(BrowserCase row) {
		List<CorsVerdict> verdicts = row.predict();
		CorsVerdict verdict = verdicts.get(0);
		JsonNode expect = row.expect();
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(verdict.outcome().jsonName()).as("outcome").isEqualTo(text(expect, "outcome"));
		softly.assertThat(verdict.failure().map((failure) -> failure.error().chromiumName()).orElse(null))
			.as("corsError")
			.isEqualTo(text(expect, "corsError"));
		if (expect.has("failedParameter")) {
			softly.assertThat(verdict.failure().map(CorsFailure::failedParameter).orElse(null))
				.as("failedParameter")
				.isEqualTo(text(expect, "failedParameter"));
		}
		softly.assertThat(verdict.console().orElse(null)).as("console").isEqualTo(text(expect, "console"));
		softly.assertThat(verdict.scriptError().orElse(null)).as("error").isEqualTo(text(expect, "error"));
		softly.assertThat(verdict.status().orElse(null))
			.as("status")
			.isEqualTo(expect.has("status") ? expect.get("status").intValue() : null);
		if (expect.has("preflight")) {
			softly.assertThat(VerdictView.preflight(verdict)).as("preflight").isEqualTo(text(expect, "preflight"));
		}
		if (expect.has("preflights")) {
			long sent = verdicts.stream().mapToLong(CorsVerdict::preflightsSent).sum();
			softly.assertThat(sent).as("preflights sent").isEqualTo(expect.get("preflights").longValue());
		}
		if (expect.has("readable")) {
			softly.assertThat(VerdictView.readable(verdict)).as("readable").isEqualTo(map(expect.get("readable")));
		}
		if (expect.has("requests")) {
			softly.assertThat(VerdictView.requests(verdict)).as("requests").isEqualTo(list(expect.get("requests")));
		}
		softly.assertThat(verdict.explanation().why()).as("explanation").isNotBlank();
		softly.assertAll();
	}

	private static String text(JsonNode expect, String name) {
		JsonNode value = expect.get(name);
		return (value == null || value.isNull()) ? null : value.stringValue();
	}

	private static Map<String, String> map(JsonNode object) {
		Map<String, String> map = new TreeMap<>();
		object.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue().stringValue()));
		return map;
	}

	private static List<String> list(JsonNode array) {
		List<String> list = new ArrayList<>();
		array.forEach((item) -> list.add(item.stringValue()));
		return list;
	}

}
