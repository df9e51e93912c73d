package dev.policysim.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's Chromium and its driver are installed. Locally the
 * tests are skipped with a message saying what to install; on CI ({@code CI=true}, where
 * {@code .ci/run} installs both) their absence fails the build. Nothing is ever downloaded.
 */
final class ChromiumAvailable implements ExecutionCondition {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String message = "The browser tests need Debian's Chromium: apt-get install chromium chromium-driver "
				+ "(expected " + CHROMIUM + " and " + CHROMEDRIVER + ").";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
