package dev.policysim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.GatewayRequest;
import dev.policysim.gateway.MockBackend;
import dev.policysim.http.HttpHeaders;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioRequest;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;

/**
 * A scenario of many requests on the {@link SyntheticTenant}, 100 per second of scenario time,
 * mixed as a busy portal's traffic is: keys in a header (preflighted; the preflight cached for the
 * 300 s the tenant's cors allows, per URL) and in the query string (simple requests), every method
 * of the tenant's operations, all 20 products (the even ones rate-limited to 100 calls a minute, so
 * some calls get 429s, the odd ones with a quota), every tenth request from a foreign page
 * (blocked), every fiftieth (another one) without a key (the subscription check's 401, blocked).
 */
final class SimulationScenarios {

	static final Origin GATEWAY = Origin.parse("https://contoso.azure-api.net");

	private static final Origin PORTAL = Origin.parse("https://portal.contoso.com");

	private static final Origin FOREIGN = Origin.parse("https://www.fabrikam.com");

	private SimulationScenarios() {
	}

	/**
	 * The scenario.
	 * @param sends how many requests, each sent once
	 * @return the scenario
	 */
	static Scenario mixed(int sends) {
		List<Subscription> subscriptions = new ArrayList<>();
		for (int product = 0; product < SyntheticTenant.PRODUCTS; product++) {
			String name = SyntheticTenant.productName(product);
			subscriptions.add(new Subscription(name + "-sub", SubscriptionScope.parse("/products/" + name).orElseThrow(),
					true, Optional.of(key(product))));
		}
		List<ScenarioRequest> requests = new ArrayList<>(sends);
		for (int i = 0; i < sends; i++) {
			requests.add(request(i));
		}
		return new Scenario("busy portal: " + sends + " requests", "", GATEWAY, Optional.of(PORTAL),
				GatewayProfile.DEFAULT, subscriptions, List.of(), MockBackend.DEFAULT, Map.of(), requests);
	}

	private static ScenarioRequest request(int i) {
		int api = i % SyntheticTenant.APIS;
		int operation = (i * 7) % SyntheticTenant.OPERATIONS;
		int[] products = SyntheticTenant.productsOf(api);
		int product = products[(i / SyntheticTenant.APIS) % 2];
		String method = SyntheticTenant.method(operation);
		String path = "/" + SyntheticTenant.apiName(api) + SyntheticTenant.template(operation).replace("{id}",
				String.valueOf(i % 50));
		boolean keyless = i % 50 == 24;
		boolean inHeader = i % 3 != 0;
		HttpHeaders headers = HttpHeaders.of("Accept", "application/json");
		if (!method.equals("GET") && !method.equals("DELETE")) {
			headers = headers.with("Content-Type", "application/json");
		}
		String url = GATEWAY.serialize() + path;
		if (!keyless && inHeader) {
			headers = headers.with("Ocp-Apim-Subscription-Key", key(product));
		}
		else if (!keyless) {
			url = url + "?subscription-key=" + key(product);
		}
		boolean foreign = i % 10 == 9;
		Optional<Outcome> expect = (foreign || keyless) ? Optional.of(Outcome.BLOCKED) : Optional.of(Outcome.DELIVERED);
		return new ScenarioRequest(i, method + " " + path, foreign ? FOREIGN : PORTAL, method, url, headers,
				method.equals("GET") || method.equals("DELETE") ? "" : "{}", CredentialsMode.SAME_ORIGIN,
				GatewayRequest.DEFAULT_CLIENT_IP, List.of(), Duration.ofMillis(i * 10L), 1, Duration.ofSeconds(1), expect,
				Optional.empty());
	}

	private static String key(int product) {
		return String.format(Locale.ROOT, "key-%02d", product);
	}

}
