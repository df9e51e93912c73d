package dev.policysim.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training flow and the explain page of issue 7 in a real headless Chromium: start a sample's
 * exercise from the gallery, reveal the hints one by one, fix the policy in the editor, check until
 * it says "Solved"; paste DevTools headers on the explain page and get Chromium's console line.
 * Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:training-explain;DB_CLOSE_DELAY=-1")
class TrainingAndExplainIntegrationTests {

	static final String SAMPLE = "03-rate-limit-before-cors";

	static final String RATE_LIMIT = "    <rate-limit calls=\"5\" renewal-period=\"60\" />\n";

	@LocalServerPort
	int port;

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
	void startsAnExerciseRevealsTheHintsFixesTheScenarioAndIsSolved() {
		this.browser.open("/");
		this.browser.driver.findElement(By.linkText("Training")).click();
		this.browser.screenshot("training-01-gallery");
		this.browser.find("[data-start='" + SAMPLE + "']").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+/exercise$"));
		String exercise = this.browser.path();
		assertThat(this.browser.find("#goal").getText()).startsWith("load order: GET https://contoso.azure-api.net/orders/42");

		// hints come one at a time: the rule, the element, the fix
		for (int shown = 1; shown <= 3; shown++) {
			this.browser.find("#show-hint").click();
			int expected = shown;
			this.browser.waiting().until((driver) -> hints().size() == expected);
		}
		assertThat(hints()).satisfiesExactly((rule) -> assertThat(rule).startsWith("Rule: cors-not-first"),
				(element) -> assertThat(element).startsWith("Element: apis/orders/policy.xml, line 4"),
				(fix) -> assertThat(fix).startsWith("Fix: move the <cors> block above <rate-limit>"));
		assertThat(this.browser.driver.findElements(By.id("show-hint"))).isEmpty();
		this.browser.screenshot("training-02-hints");

		this.browser.find("#check-button").click();
		assertThat(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("not-solved"))).getText())
			.isEqualTo("Not solved yet: 5 of 6 expectations met.");
		this.browser.screenshot("training-03-not-solved");

		// the fix of the README: cors before rate-limit, edited and saved in the workspace's editor
		this.browser.find("#open-workspace").click();
		assertThat(this.browser.find("#exercise-link").getText()).contains("rate-limit runs before cors in the Orders API");
		this.browser.open(exercise.replace("/exercise", "") + "?file=apis/orders/policy.xml");
		String policy = editorText();
		assertThat(policy).contains(RATE_LIMIT);
		setEditorText(policy.replace(RATE_LIMIT, "").replace("    </cors>\n", "    </cors>\n" + RATE_LIMIT));
		this.browser.find("input[name=message]").sendKeys("cors first");
		this.browser.find("#save").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-notice")));

		this.browser.find("#exercise-link a").click();
		this.browser.find("#check-button").click();
		assertThat(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("solved"))).getText())
			.isEqualTo("Solved: every expectation is met.");
		assertThat(this.browser.find("#check-results").getText()).contains("delivered (status 429)");
		this.browser.screenshot("training-04-solved");
	}

	@Test
	void explainsPastedDevToolsHeadersWithChromiumsConsoleLine() {
		this.browser.open("/");
		this.browser.driver.findElement(By.linkText("Explain")).click();

		// nothing given: the errors stand next to their fields
		this.browser.find("#explain").click();
		assertThat(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))).isDisplayed())
			.isTrue();
		assertThat(this.browser.driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText))
			.anyMatch((text) -> text.startsWith("Give the origin of the page"));

		this.browser.find("#url").clear();
		this.browser.find("#url").sendKeys("https://contoso.azure-api.net/orders/42");
		this.browser.find("#requestHeaders").sendKeys(":authority: contoso.azure-api.net\n:method: GET\naccept: application/json\n"
				+ "ocp-apim-subscription-key: portal-key\norigin: https://portal.contoso.com\nsec-fetch-mode: cors\n");
		this.browser.find("#preflightHeaders").sendKeys("HTTP/1.1 200 OK\naccess-control-allow-origin: https://portal.contoso.com\n"
				+ "access-control-allow-headers: ocp-apim-subscription-key\n");
		this.browser.find("#responseHeaders").sendKeys("HTTP/1.1 429 Too Many Requests\nretry-after: 55\n");
		this.browser.find("#explain").click();

		assertThat(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("console"))).getText())
			.isEqualTo("Access to fetch at 'https://contoso.azure-api.net/orders/42' from origin 'https://portal.contoso.com' "
					+ "has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.");
		assertThat(this.browser.find("#cors-error").getText()).isEqualTo("(MissingAllowOriginHeader)");
		assertThat(this.browser.find("#fix").getText()).isNotBlank();
		assertThat(this.browser.find("#responseHeaders").getAttribute("value")).contains("retry-after: 55");
		this.browser.screenshot("explain-01-verdict");
	}

	private List<String> hints() {
		return this.browser.driver.findElements(By.cssSelector("ol.hints li")).stream().map(WebElement::getText).toList();
	}

	private void setEditorText(String text) {
		this.browser.waiting().until((driver) -> this.browser.script("return window.policysimEditor !== undefined"));
		this.browser.script("window.policysimEditor.setValue(arguments[0]); window.policysimEditor.focus();", text);
	}

	private String editorText() {
		this.browser.waiting().until((driver) -> this.browser.script("return window.policysimEditor !== undefined"));
		return (String) this.browser.script("return window.policysimEditor.getValue();");
	}

}
