package dev.policysim.web;

import java.nio.file.Path;
import java.util.List;

import dev.policysim.store.Permalink;
import dev.policysim.store.Permalinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulation flow of issue 7 in a real headless Chromium: open sample 03 as a workspace, run its
 * scenario, see the red step and Chrome's console line, apply the suggested fix, see the re-run go
 * green, and save the run as a permalink. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:simulation-flows;DB_CLOSE_DELAY=-1")
class SimulationFlowsIntegrationTests {

	static final String CONSOLE = "Access to fetch at 'https://contoso.azure-api.net/orders/42' from origin "
			+ "'https://portal.contoso.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header "
			+ "is present on the requested resource.";

	@LocalServerPort
	int port;

	@Autowired
	Permalinks permalinks;

	Browser browser;

	@BeforeEach
	void start() throws Exception {
		this.browser = new Browser(this.port);
	}

	@AfterEach
	void stop() {
		this.browser.close();
	}

	@Test
	void runTheSampleSeeTheRedStepApplyTheFixRunGreenAndSave() {
		this.browser.open("/");
		this.browser.find("[data-sample='03-rate-limit-before-cors']").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));
		String workspace = this.browser.path();

		// the scenario as a table, its profile with the assumed defaults
		this.browser.open(workspace + "/scenario");
		assertThat(this.browser.find("input[name='row.url']").getAttribute("value")).isEqualTo("/orders/42");
		assertThat(this.browser.find("#profile").getText()).contains("default (true, assumed)");
		this.browser.screenshot("sim-01-scenario-table");

		// run: the sixth call is blocked, its failing step red, Chrome's console line word for word
		this.browser.find("#run-link").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(this.browser.find("#blocked-count").getText()).isEqualTo("1");
		assertThat(this.browser.find("#failed-count").getText()).isEqualTo("1");
		WebElement failing = this.browser.find("article.send.failing");
		assertThat(failing.findElements(By.cssSelector("svg .msg.failing"))).isNotEmpty();
		assertThat(failing.findElements(By.cssSelector("svg .msg.cached"))).as("the cached preflight is marked")
			.isNotEmpty();
		assertThat(this.browser.script("return getComputedStyle(arguments[0]).stroke;",
				failing.findElement(By.cssSelector("svg .msg.failing line"))))
			.as("drawn in red")
			.asString()
			.startsWith("rgb(179, 38, 30)");
		assertThat(failing.findElement(By.cssSelector("pre.console")).getText()).isEqualTo(CONSOLE);
		assertThat(failing.findElement(By.cssSelector(".script-sees")).getText()).isEqualTo("TypeError: Failed to fetch");
		this.browser.screenshot("sim-02-run-red");

		// apply the suggested fix: the diff, then a new revision and a green run
		failing.findElement(By.cssSelector("a.apply-fix:not(.secondary)")).click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-fix")));
		List<String> changed = this.browser.driver.findElements(By.cssSelector("pre.diff .add"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(changed).isNotEmpty();
		this.browser.screenshot("sim-03-fix-diff");
		this.browser.find("#confirm-fix").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fixed-notice")));
		assertThat(this.browser.find("#fixed-notice").getText()).startsWith("Fix applied as revision 2.");
		assertThat(this.browser.find("#blocked-count").getText()).isEqualTo("0");
		assertThat(this.browser.find("#failed-count").getText()).isEqualTo("0");
		assertThat(this.browser.driver.findElements(By.cssSelector("article.send.failing"))).isEmpty();
		this.browser.screenshot("sim-04-run-green");

		// save: a permalink of the fixed revision
		this.browser.find("#save").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/s/[0-9A-Za-z]{10,}$"));
		String id = this.browser.path().substring("/s/".length());
		Permalink saved = this.permalinks.find(id).orElseThrow();
		assertThat(saved.scenarioName()).isEqualTo("rate-limit runs before cors in the Orders API");
		assertThat(saved.reportJson()).contains("\"blocked\":0");
		this.browser.screenshot("sim-05-saved");

		reviewerOpensThePermalinkReadOnlyAndForksIt(id, workspace);
	}

	/**
	 * A reviewer in a fresh browser (no cookies, no history) sees the saved run but no way to change
	 * it, and a fork gives them a workspace of their own with the fixed files.
	 */
	private void reviewerOpensThePermalinkReadOnlyAndForksIt(String id, String authorsWorkspace) {
		try (Browser reviewer = newBrowser()) {
			reviewer.open("/s/" + id);
			assertThat(reviewer.find("#summary").getText()).contains("6 delivered").contains("0 blocked");
			assertThat(reviewer.driver.findElements(By.cssSelector("textarea, .CodeMirror, a[href*='/w/']")))
				.as("no editor and no edit link on a permalink")
				.isEmpty();
			assertThat(reviewer.driver.findElements(By.cssSelector("form")))
				.extracting((form) -> form.getAttribute("id"))
				.as("the only form forks")
				.containsExactly("fork-form");
			assertThat(reviewer.find("#scenario").getText()).contains("/orders/42");
			reviewer.screenshot("sim-06-permalink-reviewer");

			reviewer.find("#fork").click();
			reviewer.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));
			assertThat(reviewer.path()).as("a new workspace, not the author's").isNotEqualTo(authorsWorkspace);
			reviewer.open(reviewer.path() + "/run");
			reviewer.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
			assertThat(reviewer.find("#blocked-count").getText()).as("the fork holds the fixed revision").isEqualTo("0");
			reviewer.screenshot("sim-07-forked-run");
		}
	}

	private Browser newBrowser() {
		try {
			return new Browser(this.port);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void editTheScenarioAsJsonAndAsATableAndStartOneFromAHarFile() {
		this.browser.open("/");
		this.browser.find("[data-sample='03-rate-limit-before-cors']").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));
		String workspace = this.browser.path();

		// an unknown field is refused at its place, and the text stays as typed
		this.browser.open(workspace + "/scenario?tab=json");
		String typed = (String) this.browser.script("""
				const area = document.getElementById('scenario-json');
				area.value = area.value.replace('"repeat": 6,', '"repeat": 6, "colour": "red",');
				return area.value;""");
		this.browser.find("#save-json").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("json-error")));
		assertThat(this.browser.find("#json-error").getText()).startsWith("scenario.json:").contains("requests[0].colour");
		assertThat(this.browser.find("#scenario-json").getAttribute("value")).isEqualTo(typed);
		this.browser.screenshot("sim-06-json-error");

		// a HAR file from DevTools becomes the JSON tab's scenario, saved and run
		this.browser.find("#har").sendKeys(Path.of("src/test/resources/web/devtools.har").toAbsolutePath().toString());
		this.browser.find("#har-form button").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("har-notice")));
		assertThat(this.browser.find("#scenario-json").getAttribute("value")).contains("\"url\" : \"/orders/42\"");
		this.browser.find("#save-json-run").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(this.browser.driver.findElements(By.cssSelector("section.request"))).hasSize(2);
		this.browser.screenshot("sim-07-har-run");

		// the table: the first request now expects to be blocked
		this.browser.open(workspace + "/scenario");
		new Select(this.browser.find("tr[data-row='0'] select[name='row.expect']")).selectByValue("blocked");
		this.browser.find("#save-table-run").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
		assertThat(this.browser.find("#request-0 .badge").getText()).isEqualTo("expected blocked: met");
		this.browser.screenshot("sim-08-table-saved-and-run");
	}

}
