package dev.policysim.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its system chromedriver, pointed at the app under test. */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static {
		// Selenium warns that it has no DevTools bindings for this Chromium version; these tests need none.
		Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
	}

	final ChromeDriver driver;

	private final String origin;

	Browser(int port) throws IOException {
		Path profile = Path.of("target/chromium-profiles/" + UUID.randomUUID());
		Files.createDirectories(profile);
		Files.createDirectories(SCREENSHOTS);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(ChromiumAvailable.CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		this.driver = new ChromeDriver(service, options);
		this.origin = "http://localhost:" + port;
	}

	void open(String path) {
		this.driver.get(this.origin + path);
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.origin.length());
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	void screenshot(String name) {
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
