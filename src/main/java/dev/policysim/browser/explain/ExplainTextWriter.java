package dev.policysim.browser.explain;

import java.util.List;
import java.util.stream.Collectors;

import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Explanation;
import dev.policysim.browser.PreflightStep;

/** Writes results as one readable block per case. */
public final class ExplainTextWriter {

	private ExplainTextWriter() {
	}

	/**
	 * The results as text, blocks separated by a blank line.
	 * @param results the results
	 * @return the text
	 */
	public static String write(List<ExplainResult> results) {
		return results.stream().map(ExplainTextWriter::block).collect(Collectors.joining("\n"));
	}

	private static String block(ExplainResult result) {
		CorsVerdict verdict = result.verdict();
		StringBuilder text = new StringBuilder(result.id()).append(": ").append(verdict.outcome().jsonName());
		verdict.failure().ifPresent((failure) -> text.append(" (").append(failure.error().chromiumName()).append(')'));
		verdict.status().ifPresent((status) -> text.append(", status ").append(status));
		text.append('\n');
		line(text, "cross-origin", verdict.crossOrigin() ? "yes" : "no");
		line(text, "preflight", preflight(verdict));
		verdict.console().ifPresent((console) -> line(text, "console", console));
		verdict.scriptError().ifPresent((error) -> line(text, "script sees", error));
		if (verdict.status().isPresent()) {
			List<String> names = verdict.readable().names();
			line(text, "readable", names.isEmpty() ? "(no headers)" : String.join(", ", names));
		}
		Explanation explanation = verdict.explanation();
		line(text, "why", explanation.why());
		if (!explanation.fix().isEmpty()) {
			line(text, "fix", explanation.fix());
		}
		return text.toString();
	}

	private static String preflight(CorsVerdict verdict) {
		if (verdict.firstPreflight().isEmpty()) {
			return "not needed";
		}
		PreflightStep step = verdict.firstPreflight().get();
		String headers = step.request()
			.accessControlRequestHeaders()
			.map((names) -> ", Access-Control-Request-Headers: " + names)
			.orElse("");
		return "OPTIONS with Access-Control-Request-Method: " + step.request().method() + headers
				+ (step.fromCache() ? " (from the preflight cache)" : "");
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append("  ").append(label).append(": ").append(value).append('\n');
	}

}
