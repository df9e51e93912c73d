package dev.policysim.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workspaces of {@code sample-policies/}, with the subscription keys their scenarios name. */
final class SampleWorkspaces {

	private SampleWorkspaces() {
	}

	static Workspace load(String sample) {
		Path folder = Path.of("sample-policies", sample);
		try {
			Workspace workspace = new WorkspaceReader().load(folder, ArchiveLimits.DEFAULTS);
			return workspace.withSubscriptions(subscriptions(folder.resolve("scenario.json")));
		}
		catch (WorkspaceInputException | IOException ex) {
			throw new IllegalStateException("sample " + sample + " does not load", ex);
		}
	}

	private static List<Subscription> subscriptions(Path scenario) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(Files.readString(scenario));
		List<Subscription> subscriptions = new ArrayList<>();
		for (JsonNode entry : root.path("subscriptions")) {
			subscriptions.add(new Subscription(entry.path("name").asString(),
					SubscriptionScope.parse(entry.path("scope").asString()).orElseThrow(), true,
					Optional.of(entry.path("key").asString())));
		}
		return subscriptions;
	}

}
