package dev.policysim.simulation.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.Origin;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.MockBackend;
import dev.policysim.workspace.NamedValue;
import dev.policysim.workspace.Subscription;

/**
 * What a simulation replays (formats.md §2): requests from pages against one gateway, with the
 * subscriptions, named values and backend answer they need, and the gateway profile to run under.
 *
 * @param name the scenario's name
 * @param description the text shown above the results; empty for none
 * @param gateway the gateway's origin; every request goes there
 * @param page the default page origin; empty when every request names its own
 * @param profile the gateway profile: the defaults with the scenario's overrides
 * @param subscriptions subscriptions (with their keys) added to the workspace's
 * @param namedValues named values added to (and overriding) the workspace's
 * @param backend what the backend answers by default
 * @param expressions values for expressions the simulator cannot evaluate, by expression text
 * @param requests the requests, in the order written
 */
public record Scenario(String name, String description, Origin gateway, Optional<Origin> page,
		GatewayProfile profile, List<Subscription> subscriptions, List<NamedValue> namedValues, MockBackend backend,
		Map<String, String> expressions, List<ScenarioRequest> requests) {

	public Scenario {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(gateway, "gateway");
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(profile, "profile");
		subscriptions = List.copyOf(subscriptions);
		namedValues = List.copyOf(namedValues);
		Objects.requireNonNull(backend, "backend");
		expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
		requests = List.copyOf(requests);
	}

}
