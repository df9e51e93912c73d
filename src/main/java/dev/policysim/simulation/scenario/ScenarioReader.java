package dev.policysim.simulation.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.browser.WebUrl;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.GatewayRequest;
import dev.policysim.gateway.MockBackend;
import dev.policysim.http.HttpResponse;
import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;

/**
 * Reads {@code scenario.json} (formats.md §2) strictly: an unknown field, a value of the wrong
 * type, a missing required field, an unknown credentials mode or expectation, a bad origin, or a
 * request URL on another host than the gateway is a {@link ScenarioInputException} naming the
 * field and its line and column. Defaults as §2 says: {@code credentials} {@code same-origin},
 * {@code clientIp} {@code 198.51.100.1}, {@code at} right when the previous request's last
 * repetition went, {@code repeat} 1, {@code interval} 1 second.
 *
 * <p>Fields beyond §2 (formats.md allows optional extensions): {@code expressions}, values for
 * expressions outside the simulator's subset keyed by the expression as written; a request's
 * {@code backend}, overriding the scenario's; a subscription's {@code state}. Stateless and safe to
 * share between threads.
 */
public final class ScenarioReader {

	/** The most sends (requests times repetitions) one scenario may ask for. */
	public static final int MAX_SENDS = 1_000_000;

	private static final Set<String> SCENARIO_FIELDS = Set.of("name", "description", "gateway", "page", "profile",
			"subscriptions", "namedValues", "backend", "expressions", "requests");

	private static final Set<String> PROFILE_FIELDS = Set.of("terminateUnmatchedDefault", "corsHeadersOnLaterErrors",
			"subscriptionCheckBeforePolicies");

	private static final Set<String> SUBSCRIPTION_FIELDS = Set.of("name", "scope", "key", "state");

	private static final Set<String> BACKEND_FIELDS = Set.of("status", "headers", "body");

	private static final Set<String> REQUEST_FIELDS = Set.of("name", "page", "method", "url", "headers", "body",
			"credentials", "clientIp", "read", "at", "repeat", "interval", "expect", "backend");

	/**
	 * Reads a scenario.
	 * @param json the text of the file
	 * @return the scenario
	 * @throws ScenarioInputException when the text is not a usable scenario
	 */
	public Scenario read(String json) {
		StrictObject root = StrictObject.root(LocatedJson.parse(json, "a scenario"), SCENARIO_FIELDS, "a scenario");
		Origin gateway = gateway(root);
		Optional<Origin> page = root.optionalString("page").map((text) -> origin(root, "page", text));
		if (!root.has("requests")) {
			throw root.error("requests", "missing; a scenario needs at least one request");
		}
		List<StrictObject> requestObjects = root.objects("requests", REQUEST_FIELDS);
		if (requestObjects.isEmpty()) {
			throw root.error("requests", "empty; a scenario needs at least one request");
		}
		List<ScenarioRequest> requests = new ArrayList<>();
		Duration previous = Duration.ZERO;
		long sends = 0;
		for (StrictObject request : requestObjects) {
			ScenarioRequest read = request(request, requests.size(), gateway, page, previous);
			sends += read.repeat();
			if (sends > MAX_SENDS) {
				throw request.error("repeat", "the scenario would send more than " + MAX_SENDS + " requests");
			}
			requests.add(read);
			previous = read.lastSend();
		}
		return new Scenario(root.optionalString("name").orElse("scenario"),
				root.optionalString("description").orElse(""), gateway, page, profile(root), subscriptions(root),
				namedValues(root), root.optionalObject("backend", BACKEND_FIELDS).map(ScenarioReader::backend)
					.orElse(MockBackend.DEFAULT),
				root.stringMap("expressions"), requests);
	}

	private static Origin gateway(StrictObject root) {
		String text = root.string("gateway");
		WebUrl url = root.parsed("gateway", text, WebUrl::parse);
		if (!url.pathAndQuery().equals("/") || url.hasCredentials()) {
			throw root.error("gateway", "'" + text + "' must be only a scheme and host (and port), like "
					+ "https://contoso.azure-api.net; request URLs carry the paths");
		}
		return url.origin();
	}

	private static Origin origin(StrictObject object, String field, String text) {
		WebUrl url = object.parsed(field, text, WebUrl::parse);
		if (url.hasCredentials()) {
			throw object.error(field, "'" + text + "' is not an origin: it carries a user name");
		}
		return url.origin();
	}

	private static GatewayProfile profile(StrictObject root) {
		GatewayProfile defaults = GatewayProfile.DEFAULT;
		return root.optionalObject("profile", PROFILE_FIELDS)
			.map((profile) -> new GatewayProfile(defaults.name(),
					profile.optionalBoolean("terminateUnmatchedDefault").orElse(defaults.terminateUnmatchedDefault()),
					profile.optionalBoolean("corsHeadersOnLaterErrors").orElse(defaults.corsHeadersOnLaterErrors()),
					profile.optionalBoolean("subscriptionCheckBeforePolicies")
						.orElse(defaults.subscriptionCheckBeforePolicies())))
			.orElse(defaults);
	}

	private static List<Subscription> subscriptions(StrictObject root) {
		List<Subscription> subscriptions = new ArrayList<>();
		for (StrictObject subscription : root.objects("subscriptions", SUBSCRIPTION_FIELDS)) {
			String scopeText = subscription.string("scope");
			SubscriptionScope scope = SubscriptionScope.parse(scopeText)
				.orElseThrow(() -> subscription.error("scope", "'" + scopeText
						+ "' is not a subscription scope; use /products/<product>, /apis/<api> or /apis"));
			boolean active = subscription.optionalString("state")
				.map((state) -> state.toLowerCase(Locale.ROOT).equals("active"))
				.orElse(true);
			subscriptions.add(new Subscription(subscription.string("name"), scope, active,
					Optional.of(subscription.string("key"))));
		}
		return subscriptions;
	}

	private static List<NamedValue> namedValues(StrictObject root) {
		List<NamedValue> values = new ArrayList<>();
		for (Map.Entry<String, String> entry : root.stringMap("namedValues").entrySet()) {
			values.add(new NamedValue(entry.getKey(), entry.getKey(), Optional.of(entry.getValue()), false,
					"scenario.json"));
		}
		return values;
	}

	private static MockBackend backend(StrictObject backend) {
		int status = backend.optionalInteger("status", 100, 999).orElse(200);
		return new MockBackend(new HttpResponse(status, backend.headers("headers"),
				backend.optionalString("body").orElse("")));
	}

	private static ScenarioRequest request(StrictObject request, int index, Origin gateway, Optional<Origin> page,
			Duration previous) {
		Origin from = request.optionalString("page")
			.map((text) -> origin(request, "page", text))
			.or(() -> page)
			.orElseThrow(() -> request.error("page", "missing; name the page here or in the scenario's \"page\""));
		String method = request.optionalString("method").orElse("GET");
		if (!method.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
			throw request.error("method", "'" + method + "' is not an HTTP method");
		}
		String url = url(request, gateway);
		CredentialsMode credentials = credentials(request);
		String clientIp = clientIp(request);
		Duration at = request.optionalNonNegative("at").map(ScenarioReader::seconds).orElse(previous);
		int repeat = request.optionalInteger("repeat", 1, MAX_SENDS).orElse(1);
		Duration interval = request.optionalNonNegative("interval").map(ScenarioReader::seconds)
			.orElse(Duration.ofSeconds(1));
		Optional<Outcome> expect = request.optionalString("expect").map((name) -> expectation(request, name));
		String name = request.optionalString("name").orElse(method + " " + WebUrl.parse(url).pathAndQuery());
		return new ScenarioRequest(index, name, from, method, url, request.headers("headers"),
				request.optionalString("body").orElse(""), credentials, clientIp, request.strings("read"), at, repeat,
				interval, expect, request.optionalObject("backend", BACKEND_FIELDS).map(ScenarioReader::backend));
	}

	private static CredentialsMode credentials(StrictObject request) {
		return request.optionalString("credentials")
			.map((name) -> CredentialsMode.fromJsName(name)
				.orElseThrow(() -> request.error("credentials",
						"'" + name + "' is not a credentials mode; use omit, same-origin or include")))
			.orElse(CredentialsMode.SAME_ORIGIN);
	}

	private static String clientIp(StrictObject request) {
		String clientIp = request.optionalString("clientIp").orElse(GatewayRequest.DEFAULT_CLIENT_IP);
		if (!IpAddresses.isLiteral(clientIp)) {
			throw request.error("clientIp", "'" + clientIp + "' is not an IPv4 or IPv6 address");
		}
		return clientIp;
	}

	private static String url(StrictObject request, Origin gateway) {
		String text = request.string("url");
		String absolute = text.matches("(?i)https?://.*") ? text
				: gateway.serialize() + (text.startsWith("/") ? "" : "/") + text;
		WebUrl url = request.parsed("url", absolute, WebUrl::parse);
		if (!url.origin().equals(gateway)) {
			throw request.error("url", "'" + text + "' is not on the gateway " + gateway.serialize()
					+ "; use a path like /orders/42 or a URL on the gateway");
		}
		return url.serialize();
	}

	private static Outcome expectation(StrictObject request, String name) {
		for (Outcome outcome : Outcome.values()) {
			if (outcome.jsonName().equals(name)) {
				return outcome;
			}
		}
		throw request.error("expect", "'" + name + "' is not an outcome; use delivered or blocked");
	}

	private static Duration seconds(double seconds) {
		return Duration.ofNanos(Math.round(seconds * 1_000_000_000d));
	}

}
