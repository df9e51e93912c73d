package dev.policysim.simulation.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.WebUrl;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.GatewayRequest;
import dev.policysim.gateway.MockBackend;
import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import dev.policysim.policy.Position;
import tools.jackson.databind.JsonNode;

/**
 * Turns a HAR file (Chrome DevTools, Network tab, "Save all as HAR") into a scenario: each fetch or
 * XHR entry to the gateway becomes a request with its page origin (from {@code Origin}, else
 * {@code Referer}, else the entry's page), method, URL, the headers the script set, body, and start
 * time relative to the first request. The browser's own preflights ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}) are skipped, since the simulated browser sends its own,
 * and so are the headers the browser adds by itself (they would make the simulated browser think
 * the script set them). A request that carried cookies is replayed with {@code credentials:
 * 'include'}, the only mode that sends cookies cross-origin. HAR files carry no subscriptions:
 * keys seen in requests must be named in a scenario to resolve. Stateless and safe to share
 * between threads.
 */
public final class HarReader {

	/** Headers the browser sets itself, or that DevTools adds to the capture. */
	private static final Set<String> BROWSER_HEADERS = Set.of("origin", "referer", "accept-encoding", "user-agent",
			"connection", "host", "content-length", "cookie", "priority", "pragma", "cache-control", "dnt",
			"upgrade-insecure-requests", "keep-alive", "te");

	/** DevTools' resource types of requests a script makes. */
	private static final Set<String> SCRIPT_TYPES = Set.of("fetch", "xhr");

	/**
	 * Reads a HAR file, taking as gateway the origin most of its script requests go to.
	 * @param json the HAR text
	 * @return the scenario
	 * @throws ScenarioInputException when the text is not JSON, not a HAR, or holds no script request
	 */
	public Scenario read(String json) {
		return read(json, Optional.empty());
	}

	/**
	 * Reads a HAR file.
	 * @param json the HAR text
	 * @param gateway the gateway's origin; empty to take the one most script requests go to
	 * @return the scenario with the requests to the gateway
	 * @throws ScenarioInputException when the text is not JSON, not a HAR, or holds no request to the gateway
	 */
	public Scenario read(String json, Optional<Origin> gateway) {
		LocatedJson located = LocatedJson.parse(json, "a HAR file");
		JsonNode entries = located.root().path("log").path("entries");
		if (!located.root().isObject() || !entries.isArray()) {
			throw new ScenarioInputException("", located.valueAt(""),
					"not a HAR file: expected an object with log.entries (DevTools, Network tab, \"Save all as HAR\")");
		}
		Map<String, String> pages = pages(located.root().path("log").path("pages"));
		List<Entry> candidates = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			entry(located, entries.get(i), i, pages).ifPresent(candidates::add);
		}
		Origin target = gateway.or(() -> mostCalled(candidates))
			.orElseThrow(() -> new ScenarioInputException("log.entries", located.valueAt("/log/entries"),
					"the HAR holds no fetch or XHR request to replay"));
		List<Entry> kept = candidates.stream().filter((entry) -> entry.url().origin().equals(target)).toList();
		if (kept.isEmpty()) {
			throw new ScenarioInputException("log.entries", located.valueAt("/log/entries"),
					"the HAR holds no request to " + target.serialize());
		}
		Instant first = kept.stream().map(Entry::started).min(Instant::compareTo).orElseThrow();
		List<ScenarioRequest> requests = new ArrayList<>();
		for (Entry entry : kept) {
			requests.add(entry.toRequest(requests.size(), Duration.between(first, entry.started())));
		}
		String title = pages.values().stream().findFirst().orElse("a HAR capture");
		return new Scenario("HAR: " + title, "Imported from a HAR file: " + kept.size() + " of " + entries.size()
				+ " entries are script requests to " + target.serialize() + "; the others are left out.", target,
				Optional.of(kept.get(0).page()), GatewayProfile.DEFAULT, List.of(), List.of(), MockBackend.DEFAULT,
				Map.of(), requests);
	}

	private static Map<String, String> pages(JsonNode pages) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (JsonNode page : pages) {
			if (page.path("id").isString() && page.path("title").isString()) {
				titles.put(page.path("id").stringValue(), page.path("title").stringValue());
			}
		}
		return titles;
	}

	private static Optional<Entry> entry(LocatedJson located, JsonNode entry, int index, Map<String, String> pages) {
		String path = "log.entries[" + index + "]";
		Optional<Position> at = located.valueAt("/log/entries/" + index);
		JsonNode request = entry.path("request");
		String type = entry.path("_resourceType").asString("").toLowerCase(Locale.ROOT);
		if (!request.isObject()) {
			throw new ScenarioInputException(path + ".request", at, "missing; every HAR entry has a request");
		}
		String method = text(request, "method", path + ".request", at);
		String urlText = text(request, "url", path + ".request", at);
		HttpHeaders recorded = headers(request.path("headers"));
		boolean preflight = method.equals("OPTIONS") && recorded.contains("Access-Control-Request-Method");
		boolean byScript = type.isEmpty() || SCRIPT_TYPES.contains(type);
		Optional<WebUrl> url = web(urlText);
		if (preflight || !byScript || url.isEmpty()) {
			return Optional.empty();
		}
		Optional<Origin> page = origin(recorded.get("Origin"))
			.or(() -> origin(recorded.get("Referer")))
			.or(() -> origin(Optional.ofNullable(pages.get(entry.path("pageref").asString("")))));
		if (page.isEmpty()) {
			throw new ScenarioInputException(path, at, "cannot tell the page that made " + method + " " + urlText
					+ ": no Origin or Referer header and no page");
		}
		Instant started;
		try {
			started = OffsetDateTime.parse(text(entry, "startedDateTime", path, at)).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ScenarioInputException(path + ".startedDateTime", at, "not a date and time: " + ex.getParsedString());
		}
		boolean cookies = request.path("cookies").size() > 0 || recorded.contains("Cookie");
		return Optional.of(new Entry(page.get(), method, url.get(), scriptHeaders(recorded),
				request.path("postData").path("text").asString(""), cookies, started));
	}

	private static String text(JsonNode node, String field, String path, Optional<Position> at) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			throw new ScenarioInputException(path + "." + field, at, "missing or not a string");
		}
		return value.stringValue();
	}

	private static HttpHeaders headers(JsonNode headers) {
		List<HttpHeader> lines = new ArrayList<>();
		for (JsonNode header : headers) {
			if (header.path("name").isString() && header.path("value").isString()) {
				lines.add(new HttpHeader(header.path("name").stringValue(), header.path("value").stringValue()));
			}
		}
		return new HttpHeaders(lines);
	}

	/**
	 * The headers the script set, from headers a browser recorded (a HAR entry, or DevTools' request
	 * headers): without the browser's own, {@code Sec-*} and HTTP/2 pseudo-headers.
	 * @param recorded the headers as recorded
	 * @return the headers the script set, in order
	 */
	public static HttpHeaders scriptHeaders(HttpHeaders recorded) {
		return new HttpHeaders(recorded.entries()
			.stream()
			.filter((line) -> !line.name().startsWith(":"))
			.filter((line) -> !line.lowerCaseName().startsWith("sec-"))
			.filter((line) -> !BROWSER_HEADERS.contains(line.lowerCaseName()))
			.toList());
	}

	private static Optional<WebUrl> web(String text) {
		try {
			return Optional.of(WebUrl.parse(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Origin> origin(Optional<String> text) {
		return text.filter((value) -> !value.equals(Origin.OPAQUE)).flatMap(HarReader::web).map(WebUrl::origin);
	}

	private static Optional<Origin> mostCalled(List<Entry> entries) {
		Map<Origin, Integer> counts = new LinkedHashMap<>();
		entries.stream().filter((entry) -> !entry.url().origin().equals(entry.page()))
			.forEach((entry) -> counts.merge(entry.url().origin(), 1, Integer::sum));
		if (counts.isEmpty()) {
			entries.forEach((entry) -> counts.merge(entry.url().origin(), 1, Integer::sum));
		}
		return counts.entrySet().stream().reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
			.map(Map.Entry::getKey);
	}

	/** One script request of the capture. */
	private record Entry(Origin page, String method, WebUrl url, HttpHeaders headers, String body, boolean cookies,
			Instant started) {

		ScenarioRequest toRequest(int index, Duration at) {
			return new ScenarioRequest(index, this.method + " " + this.url.pathAndQuery(), this.page, this.method,
					this.url.serialize(), this.headers, this.body,
					this.cookies ? CredentialsMode.INCLUDE : CredentialsMode.SAME_ORIGIN, GatewayRequest.DEFAULT_CLIENT_IP,
					List.of(), at, 1, Duration.ofSeconds(1), Optional.empty(), Optional.empty());
		}

	}

}
