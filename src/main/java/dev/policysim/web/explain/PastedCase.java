package dev.policysim.web.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.policysim.browser.BrowserRequest;
import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.WebUrl;
import dev.policysim.browser.explain.ExplainCase;
import dev.policysim.browser.explain.ExplainInputException;
import dev.policysim.browser.explain.Explainer;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.web.FormErrors;

/**
 * Turns the explain form into a formats.md §4 case and runs it through the same {@link Explainer}
 * as the {@code explain} command. Every field is checked before anything runs, so all errors show
 * at once, each next to its field.
 */
final class PastedCase {

	/** Stands in for a response the user did not paste; used only when the browser never gets that far. */
	private static final HttpResponse NOT_PASTED = new HttpResponse(200, HttpHeaders.EMPTY, "");

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	private PastedCase() {
	}

	/**
	 * The browser model's verdict on what the user pasted.
	 * @param form the form
	 * @return the verdict
	 * @throws ExplainFormException when a field cannot be used, or a response the browser needs is missing
	 */
	static CorsVerdict explain(ExplainForm form) {
		return new PastedCase().run(form);
	}

	private CorsVerdict run(ExplainForm form) {
		HttpHeaders recorded = parse("requestHeaders", form.requestHeadersValue()).map(HeaderText::headers)
			.orElse(HttpHeaders.EMPTY);
		Optional<Origin> page = origin(form, recorded);
		Optional<String> method = required("method", form.methodValue(), "Give the request's method, e.g. GET.")
			.filter((name) -> check(name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+"), "method", "'" + name + "' is not a method."));
		Optional<String> url = required("url", form.urlValue(), "Give the request's URL, e.g. https://contoso.azure-api.net/orders/42.")
			.flatMap((text) -> parsed("url", text, (value) -> WebUrl.parse(value).serialize()));
		Optional<CredentialsMode> credentials = credentials(form.credentialsValue(), recorded);
		Optional<HttpResponse> preflight = response("preflight", form.preflightStatusValue(), form.preflightHeadersValue());
		Optional<HttpResponse> response = response("response", form.responseStatusValue(), form.responseHeadersValue());
		stopOnErrors();
		BrowserRequest request = BrowserRequest.fetch(method.orElseThrow(), url.orElseThrow(), HarReader.scriptHeaders(recorded),
				"", credentials.orElseThrow());
		ExplainCase pasted = new ExplainCase("pasted", "", page.orElseThrow(), request, preflight,
				response.orElse(NOT_PASTED), Optional.empty(), Optional.empty());
		return verdict(pasted, response.isPresent());
	}

	private static CorsVerdict verdict(ExplainCase pasted, boolean responsePasted) {
		CorsVerdict verdict;
		try {
			verdict = Explainer.explain(pasted).verdict();
		}
		catch (ExplainInputException ex) {
			if (ex.getMessage().startsWith("redirectResponse")) {
				throw new ExplainFormException(FormErrors.of("responseStatus", "The response redirects, and the browser "
						+ "follows it: paste the response at the Location instead (or explain the whole chain with the "
						+ "explain command's redirectResponse)."));
			}
			throw new ExplainFormException(FormErrors.of("preflightHeaders", "This request needs a preflight: paste the "
					+ "status and headers of the OPTIONS request's response (DevTools lists it as a separate request)."));
		}
		boolean sent = verdict.exchanges().stream().anyMatch((exchange) -> !exchange.preflight());
		if (!responsePasted && sent) {
			throw new ExplainFormException(FormErrors.of("responseStatus",
					"The browser sends the request: paste its response's status and headers."));
		}
		return verdict;
	}

	private Optional<HeaderText> parse(String field, String text) {
		return parsed(field, text, HeaderText::parse);
	}

	private Optional<Origin> origin(ExplainForm form, HttpHeaders recorded) {
		String text = form.originValue().isEmpty() ? recorded.get("Origin").orElse("") : form.originValue();
		if (text.isEmpty() || text.equals(Origin.OPAQUE)) {
			error("origin", "Give the origin of the page that made the request, e.g. https://portal.contoso.com "
					+ "(or paste request headers that include Origin).");
			return Optional.empty();
		}
		return parsed("origin", text, Origin::parse);
	}

	private Optional<CredentialsMode> credentials(String name, HttpHeaders recorded) {
		if (name.isEmpty()) {
			// only credentials: 'include' sends cookies cross-origin, so a Cookie line tells the mode
			return Optional.of(recorded.contains("Cookie") ? CredentialsMode.INCLUDE : CredentialsMode.SAME_ORIGIN);
		}
		Optional<CredentialsMode> mode = CredentialsMode.fromJsName(name);
		check(mode.isPresent(), "credentials", "'" + name + "' is not a credentials mode; use omit, same-origin or include.");
		return mode;
	}

	private Optional<HttpResponse> response(String prefix, String statusText, String headerText) {
		Optional<HeaderText> parsed = parse(prefix + "Headers", headerText);
		if (statusText.isEmpty() && headerText.isEmpty()) {
			return Optional.empty();
		}
		Optional<Integer> status = statusText.isEmpty() ? parsed.flatMap(HeaderText::status)
				: parsed(prefix + "Status", statusText, PastedCase::statusCode);
		// headers that could not be read already have their error; a missing status is only worth one more
		if (status.isEmpty() && statusText.isEmpty() && parsed.isPresent()) {
			error(prefix + "Status", "Give the status code (DevTools, Headers, General: Status Code).");
		}
		return status.filter((code) -> check(code >= 100 && code <= 599, prefix + "Status",
				"A status code is between 100 and 599, not " + code + "."))
			.map((code) -> new HttpResponse(code, parsed.map(HeaderText::headers).orElse(HttpHeaders.EMPTY), ""));
	}

	private static Integer statusCode(String text) {
		if (!text.matches("\\d{1,3}")) {
			throw new IllegalArgumentException("a status code is a number such as 200");
		}
		return Integer.valueOf(text);
	}

	private Optional<String> required(String field, String value, String message) {
		return check(!value.isEmpty(), field, message) ? Optional.of(value) : Optional.empty();
	}

	private <T> Optional<T> parsed(String field, String text, Function<String, T> parser) {
		try {
			return Optional.of(parser.apply(text));
		}
		catch (HeaderTextException ex) {
			error(field, ex.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + ex.getMessage().substring(1) + ".");
		}
		catch (IllegalArgumentException ex) {
			error(field, "'" + text + "' cannot be used: " + ex.getMessage() + ".");
		}
		return Optional.empty();
	}

	private boolean check(boolean fine, String field, String message) {
		if (!fine) {
			error(field, message);
		}
		return fine;
	}

	private void error(String field, String message) {
		this.errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

	private void stopOnErrors() {
		if (!this.errors.isEmpty()) {
			throw new ExplainFormException(new FormErrors(this.errors));
		}
	}

}
