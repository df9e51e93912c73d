package dev.policysim.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.policysim.browser.explain.ExplainCase;
import dev.policysim.browser.explain.RecordedServer;
import dev.policysim.http.HttpHeader;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The browser model against a real headless Chromium (browser.md): for every row of
 * {@code browser/cases.json} a page on {@code http://page.test} makes the request to a local
 * server that answers with the row's responses, and Chromium's verdict — delivered or blocked,
 * {@code corsErrorStatus}, the console line, the readable headers, the requests that reached the
 * server, the number of preflights — must equal the model's prediction. Where they differ, the
 * browser is right. Without Chromium the suite is skipped with a message, except on CI
 * ({@code CI=true}), where that is a failure.
 */
class ChromiumDifferentialTests {

	private static CaseHttpServer server;

	private static HeadlessChromium chromium;

	private static Map<String, BrowserCase> onPort;

	private static String run;

	@BeforeAll
	static void startChromiumAndServer() throws Exception {
		if (!HeadlessChromium.installed()) {
			String message = "Chromium differential tests need " + HeadlessChromium.CHROMIUM + " and "
					+ HeadlessChromium.CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + "; on CI their absence is a failure");
			}
			// Surefire shows a class aborted in @BeforeAll only as "Tests run: 0", so say it aloud.
			System.getLogger(ChromiumDifferentialTests.class.getName()).log(System.Logger.Level.WARNING,
					"SKIPPED: " + message);
			Assumptions.abort(message + "; skipped");
		}
		server = new CaseHttpServer();
		run = "run" + Long.toString(System.nanoTime(), 36);
		onPort = BrowserCases.onPort(server.port(), run)
			.stream()
			.collect(Collectors.toMap(BrowserCase::id, (row) -> row));
		chromium = new HeadlessChromium(Path.of("target", "chromium-profile-" + run));
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
		if (server != null) {
			server.close();
		}
	}

	static Stream<BrowserCase> cases() {
		return BrowserCases.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void chromiumAgreesWithTheModel(BrowserCase original) throws Exception {
		BrowserCase row = onPort.get(original.id());
		ExplainCase first = row.first();
		server.serve(row.id(), new RecordedServer(first));
		String marker = "/" + run + "/" + row.id() + "/";
		List<ChromiumObservation> observed = new ArrayList<>();
		observed.add(chromium.request(first.page(), first.request(), marker));
		Optional<ExplainCase> second = row.second();
		if (second.isPresent()) {
			Thread.sleep(Math.round(row.secondsBetween() * 1000));
			observed.add(chromium.request(second.get().page(), second.get().request(), marker));
		}
		List<CorsVerdict> predicted = row.predict();
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < predicted.size(); i++) {
			compare(softly, "request " + (i + 1) + ": ", predicted.get(i), observed.get(i));
		}
		List<String> expectedRequests = predicted.stream().flatMap((verdict) -> VerdictView.requests(verdict).stream()).toList();
		softly.assertThat(server.requests(row.id())).as("requests that reached the server").isEqualTo(expectedRequests);
		softly.assertAll();
	}

	private static void compare(SoftAssertions softly, String which, CorsVerdict model, ChromiumObservation chromium) {
		softly.assertThat(chromium.delivered() ? Outcome.DELIVERED : Outcome.BLOCKED).as(which + "outcome").isEqualTo(model.outcome());
		softly.assertThat(chromium.status()).as(which + "status").isEqualTo(model.status());
		softly.assertThat(chromium.scriptError()).as(which + "script error").isEqualTo(model.scriptError());
		softly.assertThat(chromium.corsError()).as(which + "corsError")
			.isEqualTo(model.failure().map((failure) -> failure.error().chromiumName()));
		softly.assertThat(chromium.networkError()).as(which + "net error").isEqualTo(model.networkError());
		if (model.failure().isPresent()) {
			CorsFailure failure = model.failure().get();
			Set<String> candidates = new java.util.LinkedHashSet<>(List.of(failure.failedParameter()));
			candidates.addAll(failure.alternatives());
			softly.assertThat(chromium.failedParameter()).as(which + "failedParameter").hasValueSatisfying(
					(parameter) -> assertThat(candidates).contains(parameter));
			String named = chromium.failedParameter().orElse(failure.failedParameter());
			String console = model.console().orElseThrow().replace(failure.error().consoleBody(failure.failedParameter(),
					Initiator.FETCH), failure.error().consoleBody(named, Initiator.FETCH));
			softly.assertThat(chromium.console()).as(which + "console").hasValue(console);
		}
		else {
			softly.assertThat(chromium.console()).as(which + "console").isEqualTo(model.console());
		}
		softly.assertThat(restricted(chromium.readable(), model)).as(which + "readable headers")
			.isEqualTo(VerdictView.readable(model));
	}

	/**
	 * The readable headers among those the case's response defines; the local server adds
	 * {@code Date} and {@code Content-Length}, which the model does not know about.
	 */
	private static Map<String, String> restricted(Map<String, String> readable, CorsVerdict model) {
		Set<String> defined = model.exchanges().isEmpty() ? Set.of()
				: model.exchanges().get(model.exchanges().size() - 1).response().headers().entries().stream()
					.map(HttpHeader::lowerCaseName).collect(Collectors.toSet());
		Map<String, String> restricted = new TreeMap<>(readable);
		restricted.keySet().retainAll(defined);
		return restricted;
	}

}
