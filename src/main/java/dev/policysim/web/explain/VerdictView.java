package dev.policysim.web.explain;

import java.util.List;
import java.util.Objects;

import dev.policysim.browser.CorsFailure;
import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Outcome;
import dev.policysim.browser.PreflightStep;
import dev.policysim.http.HttpHeader;

/**
 * The browser model's verdict as the explain page shows it, every optional part already in words.
 *
 * @param delivered whether the script gets the response
 * @param outcome {@code delivered} or {@code blocked}
 * @param corsError Chromium's {@code corsError}; empty when none
 * @param failedParameter the value Chromium names in its message; empty when none
 * @param console Chromium's console line; empty when it prints none
 * @param scriptSees the status or the exception the script gets
 * @param preflight the preflight the browser sends, or that none is needed
 * @param readable the response headers script can read
 * @param why what happened and why
 * @param fix what to change on the server; empty when nothing needs to
 */
record VerdictView(boolean delivered, String outcome, String corsError, String failedParameter, String console,
		String scriptSees, String preflight, List<HttpHeader> readable, String why, String fix) {

	VerdictView {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(corsError, "corsError");
		Objects.requireNonNull(failedParameter, "failedParameter");
		Objects.requireNonNull(console, "console");
		Objects.requireNonNull(scriptSees, "scriptSees");
		Objects.requireNonNull(preflight, "preflight");
		readable = List.copyOf(readable);
		Objects.requireNonNull(why, "why");
		Objects.requireNonNull(fix, "fix");
	}

	static VerdictView of(CorsVerdict verdict) {
		String scriptSees = verdict.status()
			.map((status) -> "the response, status " + status)
			.or(verdict::scriptError)
			.orElse("no response");
		return new VerdictView(verdict.outcome() == Outcome.DELIVERED, verdict.outcome().jsonName(),
				verdict.failure().map((failure) -> failure.error().chromiumName()).orElse(""),
				verdict.failure().map(CorsFailure::failedParameter).orElse(""), verdict.console().orElse(""), scriptSees,
				preflight(verdict), verdict.status().isPresent() ? verdict.readable().entries() : List.of(),
				verdict.explanation().why(), verdict.explanation().fix());
	}

	private static String preflight(CorsVerdict verdict) {
		if (verdict.firstPreflight().isEmpty()) {
			return "not needed: the request is simple (a safelisted method and headers)";
		}
		PreflightStep step = verdict.firstPreflight().get();
		return "OPTIONS with Access-Control-Request-Method: " + step.request().method()
				+ step.request().accessControlRequestHeaders().map((names) -> ", Access-Control-Request-Headers: " + names).orElse("");
	}

}
