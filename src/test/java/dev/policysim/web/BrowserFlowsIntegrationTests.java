package dev.policysim.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The flows of issue 6 in a real headless Chromium against the running app: import a sample zip,
 * see an XML error marked at its line as you type, fix and save, the effective policy with its
 * product tabs and the compare view, a finding followed to its line, an older revision restored;
 * and hostile names and documents that stay inert. Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:browser-flows;DB_CLOSE_DELAY=-1")
class BrowserFlowsIntegrationTests {

	static final String BROKEN = "<policies>\n  <inbound>\n    <base />\n    <set-header name=\"X-A\">\n  </inbound>\n</policies>\n";

	static final String FIXED = "<policies>\n  <inbound>\n    <base />\n    <set-header name=\"X-A\" exists-action=\"override\">\n"
			+ "      <value>a</value>\n    </set-header>\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n</policies>\n";

	static final String MISSING_FRAGMENT = "<policies>\n  <inbound>\n    <base />\n    <include-fragment fragment-id=\"gone\" />\n"
			+ "  </inbound>\n</policies>\n";

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
	void importEditFixSaveFlattenCompareFollowAFindingAndRestore() throws Exception {
		String editor = importSampleZip("04-product-policies-before-cors");

		// an XML error is marked at its line as you type
		this.browser.open(editor + "?file=apis/orders/policy.xml");
		setEditorText(BROKEN);
		WebElement problem = this.browser.waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live-problems li[data-line]")));
		assertThat(problem.getAttribute("data-line")).isEqualTo("5");
		assertThat(gutterLinesWithErrors()).containsExactly("5");
		this.browser.screenshot("02-xml-error-marked");

		// fixed, the mark goes away; saved, it is a new revision
		setEditorText(FIXED);
		this.browser.waiting().until((driver) -> "0".equals(this.browser.find("#live-problems").getAttribute("data-count")));
		assertThat(gutterLinesWithErrors()).isEmpty();
		this.browser.find("input[name=message]").sendKeys("set X-A");
		this.browser.find("#save").click();
		assertThat(this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-notice"))).getText())
			.isEqualTo("Saved as revision 2.");

		// the effective policy: one tab per product context, and the compare view
		this.browser.open(editor + "/effective?api=orders");
		List<String> tabs = this.browser.driver.findElements(By.cssSelector(".tabs a")).stream().map(WebElement::getText).toList();
		assertThat(tabs).containsExactly("No product", "Product starter", "Product unlimited");
		this.browser.driver.findElement(By.linkText("Product starter")).click();
		assertThat(this.browser.find(".tabs a.current").getText()).isEqualTo("Product starter");
		assertThat(this.browser.driver.findElements(By.cssSelector(".effective a.el.scope-product"))).isNotEmpty();
		assertThat(this.browser.find(".effective a.el.scope-api").getText()).contains("<set-header name=\"X-A\"");
		this.browser.screenshot("03-effective-product-starter");
		this.browser.find("a.compare-link").click();
		assertThat(this.browser.find("h1").getText()).startsWith("Compare product starter with");
		assertThat(this.browser.driver.findElements(By.cssSelector(".compare .el.changed"))).isNotEmpty();
		this.browser.screenshot("04-compare-contexts");

		// a finding, followed to its line
		this.browser.open(editor + "?file=apis/orders/policy.xml");
		setEditorText(MISSING_FRAGMENT);
		this.browser.find("#save").click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-notice")));
		this.browser.open(editor + "/findings?rule=fragment-missing");
		// the results arrive after the page, while a progress bar shows
		this.browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.finding-link"))).click();
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-target-line")));
		assertThat(this.browser.path()).contains("file=apis/orders/policy.xml").contains("line=4");
		assertThat(lineNumberOf(".CodeMirror-target-line")).isEqualTo("4");
		this.browser.screenshot("05-finding-at-its-line");

		// an older revision restored as a new one
		this.browser.open(editor + "/history");
		this.browser.find("[data-restore='1']").click();
		assertThat(this.browser.find(".notice").getText()).isEqualTo("Restored as revision 4.");
		this.browser.open(editor + "?file=apis/orders/policy.xml");
		assertThat(editorText()).doesNotContain("set-header").doesNotContain("include-fragment");
		this.browser.screenshot("06-restored");
	}

	@Test
	void showsHostileNamesAndDocumentsAsTextThatNeverRuns() {
		String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
		this.browser.open("/");
		this.browser.find("#name").sendKeys(payload);
		this.browser.find("#new-workspace button").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));
		String editor = this.browser.path();
		assertThat(this.browser.find(".ws-name").getText()).isEqualTo(payload);

		setEditorText("<policies></textarea><script>window.__xss=3</script>\n" + payload + "</policies>");
		// saved with the keyboard, as in any editor
		this.browser.find(".CodeMirror textarea").sendKeys(Keys.chord(Keys.CONTROL, "s"));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-notice")));
		this.browser.open(editor + "/structure");
		this.browser.find("#product-name").sendKeys(payload);
		this.browser.find("#new-product button").click();
		this.browser.open(editor + "/findings");
		this.browser.open("/");
		this.browser.open(editor + "/history");
		this.browser.screenshot("07-xss-inert");

		assertThat(this.browser.script("return window.__xss === undefined")).isEqualTo(true);
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> this.browser.driver.switchTo().alert());
		this.browser.open(editor);
		assertThat(editorText()).contains("<script>window.__xss=3</script>");
		assertThat(this.browser.script("return window.__xss === undefined")).isEqualTo(true);
	}

	@Test
	void importsAFolderChosenInTheBrowser() {
		Path folder = Path.of("src/test/resources/workspaces/contoso").toAbsolutePath();
		this.browser.open("/");
		this.browser.find("#folder").sendKeys(folder.toString());
		this.browser.find("#import-folder button").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));

		List<String> links = this.browser.driver.findElements(By.cssSelector(".tree a"))
			.stream()
			.map((link) -> link.getAttribute("title"))
			.toList();
		assertThat(links).contains("policy.xml", "apis/orders/policy.xml", "products/starter/policy.xml",
				"policy fragments/cors-common/policy.xml");
		this.browser.screenshot("08-folder-imported");
	}

	private String importSampleZip(String sample) throws Exception {
		WorkspaceFiles files = WorkspaceFiles.fromFolder(Path.of("sample-policies", sample), ArchiveLimits.DEFAULTS);
		Path zip = Path.of("target/e2e/" + sample + ".zip").toAbsolutePath();
		Files.createDirectories(zip.getParent());
		Files.write(zip, files.toZip());
		this.browser.open("/");
		this.browser.find("#zip").sendKeys(zip.toString());
		this.browser.find("#import-zip button").click();
		this.browser.waiting().until(ExpectedConditions.urlMatches("/w/[0-9A-Za-z]+$"));
		this.browser.screenshot("01-imported");
		assertThat(this.browser.find(".ws-name").getText()).isEqualTo(sample);
		return this.browser.path();
	}

	private void setEditorText(String text) {
		this.browser.waiting().until((driver) -> this.browser.script("return window.policysimEditor !== undefined"));
		this.browser.script("window.policysimEditor.setValue(arguments[0]); window.policysimEditor.focus();", text);
	}

	private String editorText() {
		this.browser.waiting().until((driver) -> this.browser.script("return window.policysimEditor !== undefined"));
		return (String) this.browser.script("return window.policysimEditor.getValue();");
	}

	/** The line numbers whose gutter carries an error marker. */
	@SuppressWarnings("unchecked")
	private List<String> gutterLinesWithErrors() {
		return (List<String>) this.browser.script("""
				return Array.from(document.querySelectorAll('.CodeMirror-lint-marker-error'))
					.map((marker) => marker.closest('.CodeMirror-gutter-wrapper')
						.querySelector('.CodeMirror-linenumber').textContent);""");
	}

	private String lineNumberOf(String lineClass) {
		return (String) this.browser.script("""
				return document.querySelector(arguments[0]).closest('.CodeMirror-code > div')
					.querySelector('.CodeMirror-linenumber').textContent;""", lineClass);
	}

}
