package dev.policysim.browser.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.browser.BrowserRequest;
import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Initiator;
import dev.policysim.browser.Origin;
import dev.policysim.browser.RequestMode;
import dev.policysim.browser.WebUrl;
import dev.policysim.http.HttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads formats.md §4 input: one case object or an array of them. Unknown fields are ignored, so
 * a case file may carry notes; a missing or invalid field is an {@link ExplainInputException}
 * naming it.
 */
public final class ExplainCaseReader {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ExplainCaseReader() {
	}

	/**
	 * Reads the cases of a JSON text.
	 * @param json the input
	 * @return the cases
	 * @throws ExplainInputException when the text is not JSON or a field is missing or invalid
	 */
	public static ExplainInput read(String json) {
		JsonNode root = parse(json);
		if (root.isArray()) {
			List<ExplainCase> cases = new ArrayList<>();
			for (int i = 0; i < root.size(); i++) {
				cases.add(readCase(root.get(i), "[" + i + "]", "case-" + (i + 1)));
			}
			return new ExplainInput(cases, true);
		}
		if (root.isObject()) {
			return new ExplainInput(List.of(readCase(root, "", "case-1")), false);
		}
		throw new ExplainInputException("expected a case object or an array of cases");
	}

	/**
	 * Reads one case from a parsed JSON object; the differential tests read their table this way.
	 * @param node the case object
	 * @param field where it sits, for messages (e.g. {@code [3]}); empty for the root
	 * @param defaultId the id to use when the case has none
	 * @return the case
	 */
	public static ExplainCase readCase(JsonNode node, String field, String defaultId) {
		JsonFields fields = new JsonFields(node, field);
		String id = fields.optionalString("id").orElse(defaultId);
		Origin page = fields.parsed("page", Origin::parse);
		BrowserRequest request = readRequest(fields.object("request"));
		return new ExplainCase(id, field, page, request, fields.optionalObject("preflightResponse").map(ExplainCaseReader::readResponse),
				readResponse(fields.object("response")), fields.optionalObject("redirectResponse").map(ExplainCaseReader::readResponse),
				fields.optionalObject("redirectPreflightResponse").map(ExplainCaseReader::readResponse));
	}

	private static BrowserRequest readRequest(JsonFields request) {
		String method = request.string("method");
		String url = request.parsed("url", (text) -> {
			WebUrl.parse(text);
			return text;
		});
		CredentialsMode credentials = request.optionalString("credentials")
			.map((name) -> request.named("credentials", name, CredentialsMode.fromJsName(name), "omit, same-origin, include"))
			.orElse(CredentialsMode.SAME_ORIGIN);
		RequestMode mode = request.optionalString("mode")
			.map((name) -> request.named("mode", name, RequestMode.fromJsName(name), "cors, no-cors, same-origin"))
			.orElse(RequestMode.CORS);
		Initiator initiator = request.optionalString("initiator")
			.map((name) -> request.named("initiator", name, Initiator.fromJsName(name), "fetch, xhr"))
			.orElse(Initiator.FETCH);
		if (initiator == Initiator.XHR && mode != RequestMode.CORS) {
			throw new ExplainInputException(request.path("mode") + ": XMLHttpRequest always uses mode cors");
		}
		return new BrowserRequest(method, url, request.headers("headers"), request.optionalString("body").orElse(""),
				credentials, mode, initiator);
	}

	private static HttpResponse readResponse(JsonFields response) {
		int status = response.integer("status");
		if (status < 100 || status > 999) {
			throw new ExplainInputException(response.path("status") + ": must be between 100 and 999, was " + status);
		}
		return new HttpResponse(status, response.headers("headers"), response.optionalString("body").orElse(""));
	}

	private static JsonNode parse(String json) {
		try {
			JsonNode root = MAPPER.readTree(json);
			if (root == null || root.isMissingNode()) {
				throw new ExplainInputException("empty input: expected a case object or an array of cases");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new ExplainInputException("not valid JSON" + where(Optional.ofNullable(ex.getLocation())) + ": "
					+ ex.getOriginalMessage());
		}
	}

	private static String where(Optional<TokenStreamLocation> location) {
		return location.filter((at) -> at.getLineNr() > 0)
			.map((at) -> " at line " + at.getLineNr() + ", column " + at.getColumnNr())
			.orElse("");
	}

}
