package dev.policysim.web.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.policysim.web.FormErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the explain form from a HAR file (DevTools, Network, "Save all as HAR"): the first
 * cross-origin fetch or XHR request (one with an {@code Origin} header), the preflight DevTools
 * recorded for its URL, and the response. The page then explains it like pasted headers, and shows
 * the fields filled in, so the user sees what was taken and can change it.
 *
 * @param form the form filled from the HAR
 * @param note which request was taken, out of how many
 */
record HarImport(ExplainForm form, String note) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Set<String> SCRIPT_TYPES = Set.of("fetch", "xhr", "");

	HarImport {
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(note, "note");
	}

	/**
	 * Reads a HAR.
	 * @param json the HAR's text
	 * @return the form filled from its first cross-origin script request
	 * @throws ExplainFormException when the text is not JSON, not a HAR, or holds no such request
	 */
	static HarImport read(String json) {
		JsonNode entries = parse(json).path("log").path("entries");
		if (!entries.isArray()) {
			throw refused("This is not a HAR file: it has no log.entries. In DevTools, Network, use \"Save all as HAR\".");
		}
		List<JsonNode> requests = new ArrayList<>();
		for (JsonNode entry : entries) {
			if (!preflight(entry) && header(entry.path("request"), "Origin").isPresent()
					&& SCRIPT_TYPES.contains(entry.path("_resourceType").asString("").toLowerCase(Locale.ROOT))) {
				requests.add(entry);
			}
		}
		if (requests.isEmpty()) {
			throw refused("The HAR holds no cross-origin fetch or XHR request (none with an Origin header).");
		}
		JsonNode chosen = requests.get(0);
		JsonNode request = chosen.path("request");
		String url = request.path("url").asString("");
		Optional<JsonNode> preflight = entries.valueStream()
			.filter((entry) -> preflight(entry) && entry.path("request").path("url").asString("").equals(url))
			.findFirst();
		int status = chosen.path("response").path("status").asInt(0);
		ExplainForm form = new ExplainForm(header(request, "Origin").orElse(""), request.path("method").asString(""), url, "",
				lines(request), preflight.map((entry) -> status(entry.path("response"))).orElse(""),
				preflight.map((entry) -> lines(entry.path("response"))).orElse(""), (status > 0) ? String.valueOf(status) : "",
				(status > 0) ? lines(chosen.path("response")) : "");
		String note = "From the HAR: " + form.methodValue() + " " + url + " (the first of " + requests.size()
				+ " cross-origin script requests)" + (preflight.isPresent() ? " and its preflight." : "; no preflight recorded.");
		return new HarImport(form, note);
	}

	private static JsonNode parse(String json) {
		try {
			JsonNode root = MAPPER.readTree(json);
			if (root == null || !root.isObject()) {
				throw refused("This is not a HAR file: expected a JSON object with log.entries.");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw refused("This is not a HAR file: it is not valid JSON ("
					+ Objects.requireNonNullElse(ex.getOriginalMessage(), "unreadable") + ").");
		}
	}

	private static boolean preflight(JsonNode entry) {
		return entry.path("request").path("method").asString("").equals("OPTIONS")
				&& header(entry.path("request"), "Access-Control-Request-Method").isPresent();
	}

	private static Optional<String> header(JsonNode message, String name) {
		return message.path("headers")
			.valueStream()
			.filter((header) -> header.path("name").asString("").equalsIgnoreCase(name))
			.map((header) -> header.path("value").asString(""))
			.findFirst();
	}

	private static String status(JsonNode response) {
		int status = response.path("status").asInt(0);
		return (status > 0) ? String.valueOf(status) : "";
	}

	private static String lines(JsonNode message) {
		return message.path("headers")
			.valueStream()
			.filter((header) -> header.path("name").isString())
			.map((header) -> header.path("name").asString() + ": " + header.path("value").asString(""))
			.collect(Collectors.joining("\n"));
	}

	private static ExplainFormException refused(String message) {
		return new ExplainFormException(FormErrors.of("har", message));
	}

}
