package dev.policysim.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.policysim.http.HttpHeader;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system's headless Chromium, driven through the system's chromedriver (nothing is
 * downloaded), with the DevTools network events and the console collected per request.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Duration LOG_WAIT = Duration.ofSeconds(3);

	/**
	 * Selenium warns that it has no CDP bindings for this Chromium version; the tests read the
	 * DevTools events from chromedriver's performance log and need none.
	 */
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	static {
		SELENIUM_LOG.setLevel(Level.SEVERE);
	}

	private final ChromeDriver driver;

	private String currentPage = "";

	HeadlessChromium(Path profile) throws Exception {
		Files.createDirectories(profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		// The flags of browser.md; *.test names resolve to the loopback server, so page and API are
		// both loopback and Local Network Access does not come into play.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--host-resolver-rules=MAP *.test 127.0.0.1");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
	}

	/** Available unless the binaries are missing. */
	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Makes the request from a page of the given origin and reports what Chromium did.
	 * @param page the page origin
	 * @param request the request
	 * @param marker a string in every URL of this case, to pick its events from the logs
	 * @return the observation
	 */
	ChromiumObservation request(Origin page, BrowserRequest request, String marker) throws Exception {
		open(page);
		drainLogs();
		Map<String, Object> spec = new HashMap<>();
		spec.put("initiator", request.initiator().jsName());
		spec.put("method", request.method());
		spec.put("url", request.url());
		spec.put("headers", request.headers().entries().stream().map((line) -> List.of(line.name(), line.value())).toList());
		spec.put("body", request.body());
		spec.put("credentials", request.credentials().jsName());
		spec.put("mode", request.mode().jsName());
		@SuppressWarnings("unchecked")
		Map<String, Object> result = (Map<String, Object>) this.driver.executeAsyncScript(PageScript.SOURCE, spec);
		boolean delivered = Boolean.TRUE.equals(result.get("ok"));
		LogView logs = delivered ? collect(marker, Duration.ZERO) : collect(marker, LOG_WAIT);
		return new ChromiumObservation(delivered,
				delivered ? Optional.of(((Number) result.get("status")).intValue()) : Optional.empty(),
				Optional.ofNullable((String) result.get("error")), headers(result.get("headers")), logs.corsError(),
				logs.failedParameter(), logs.errorText(), logs.console());
	}

	private void open(Origin page) {
		if (!page.serialize().equals(this.currentPage)) {
			this.driver.get(page.serialize() + "/page.html");
			this.currentPage = page.serialize();
		}
	}

	private void drainLogs() {
		this.driver.manage().logs().get(LogType.BROWSER);
		this.driver.manage().logs().get(LogType.PERFORMANCE);
	}

	private LogView collect(String marker, Duration wait) throws InterruptedException {
		LogView view = new LogView(marker);
		long deadline = System.nanoTime() + wait.toNanos();
		do {
			this.driver.manage().logs().get(LogType.BROWSER).forEach((entry) -> view.console(entry.getMessage()));
			for (LogEntry entry : this.driver.manage().logs().get(LogType.PERFORMANCE)) {
				view.event(MAPPER.readTree(entry.getMessage()).path("message"));
			}
			if (view.complete()) {
				break;
			}
			Thread.sleep(50);
		}
		while (System.nanoTime() < deadline);
		return view;
	}

	private static Map<String, String> headers(Object pairs) {
		Map<String, String> headers = new TreeMap<>();
		if (pairs instanceof List<?> list) {
			for (Object pair : list) {
				List<?> nameAndValue = (List<?>) pair;
				headers.merge((String) nameAndValue.get(0), (String) nameAndValue.get(1), (a, b) -> a + ", " + b);
			}
		}
		return headers;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	/** The events of one case, picked out of the logs by its marker. */
	private static final class LogView {

		private final String marker;

		private final List<String> requestIds = new ArrayList<>();

		private Optional<JsonNode> failed = Optional.empty();

		private Optional<String> console = Optional.empty();

		LogView(String marker) {
			this.marker = marker;
		}

		void console(String message) {
			int cors = message.indexOf("Access to ");
			int fetchApi = message.indexOf("Fetch API cannot load ");
			int start = (cors >= 0) ? cors : fetchApi;
			if (start >= 0 && message.contains(this.marker) && this.console.isEmpty()) {
				this.console = Optional.of(message.substring(start));
			}
		}

		void event(JsonNode message) {
			String method = message.path("method").asString("");
			JsonNode params = message.path("params");
			if (method.equals("Network.requestWillBeSent") && params.path("request").path("url").asString("").contains(this.marker)) {
				this.requestIds.add(params.path("requestId").asString(""));
			}
			// The preflight has its own entry (type Preflight); Chromium reports the CORS error on the
			// request's entry.
			if (method.equals("Network.loadingFailed") && this.failed.isEmpty()
					&& !params.path("type").asString("").equals("Preflight")
					&& this.requestIds.contains(params.path("requestId").asString(""))) {
				this.failed = Optional.of(params);
			}
		}

		boolean complete() {
			boolean corsFailure = this.failed.isPresent() && this.failed.get().has("corsErrorStatus");
			return (this.failed.isPresent() && (!corsFailure || this.console.isPresent()))
					|| (this.failed.isEmpty() && this.console.isPresent());
		}

		Optional<String> corsError() {
			return this.failed.map((params) -> params.path("corsErrorStatus").path("corsError"))
				.filter((node) -> !node.isMissingNode())
				.map(JsonNode::asString);
		}

		Optional<String> failedParameter() {
			return this.failed.map((params) -> params.path("corsErrorStatus").path("failedParameter"))
				.filter((node) -> !node.isMissingNode())
				.map(JsonNode::asString);
		}

		Optional<String> errorText() {
			return this.failed.map((params) -> params.has("blockedReason")
					? "blocked:" + params.path("blockedReason").asString("") : params.path("errorText").asString(""));
		}

		Optional<String> console() {
			return this.console;
		}

	}

}
