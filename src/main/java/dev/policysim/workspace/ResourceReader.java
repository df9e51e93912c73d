package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.Position;

/**
 * Reads the workspace's shared resources: policy fragments, named values and subscriptions.
 */
final class ResourceReader {

	private static final String FRAGMENTS = "policy fragments";

	private static final String NAMED_VALUES = "named values";

	private static final String SUBSCRIPTIONS = "subscriptions";

	private final WorkspaceFiles files;

	private final PolicyFiles policies;

	private final LoadProblems problems;

	ResourceReader(WorkspaceFiles files, PolicyFiles policies, LoadProblems problems) {
		this.files = files;
		this.policies = policies;
		this.problems = problems;
	}

	/** The policy fragments whose {@code policy.xml} is a readable {@code <fragment>}. */
	List<Fragment> fragments() {
		List<Fragment> fragments = new ArrayList<>();
		for (String name : this.files.folders(FRAGMENTS)) {
			this.policies.fragment(FRAGMENTS + "/" + name + "/policy.xml")
				.ifPresent((document) -> fragments.add(new Fragment(name, document)));
		}
		return fragments;
	}

	/**
	 * The named values. The display name defaults to the folder name; a secret normally comes
	 * without its value, which APIOps does not export.
	 * @return the named values in name order
	 */
	List<NamedValue> namedValues() {
		List<NamedValue> values = new ArrayList<>();
		for (String name : this.files.folders(NAMED_VALUES)) {
			String path = NAMED_VALUES + "/" + name + "/namedValueInformation.json";
			if (this.files.bytes(path).isEmpty()) {
				continue;
			}
			Optional<JsonFile> info = JsonFile.read(this.files, path, this.problems).filter(JsonFile::expectObject);
			String displayName = info.flatMap((file) -> file.string("displayName")).orElse(name);
			Optional<String> value = info.flatMap((file) -> file.string("value"));
			boolean secret = info.flatMap((file) -> file.bool("secret")).orElse(false);
			values.add(new NamedValue(name, displayName, value, secret, path));
		}
		return values;
	}

	/**
	 * The subscriptions. One without a readable scope cannot be placed and is reported instead;
	 * one whose product or API the workspace does not hold is reported and kept.
	 * @param productNames the products the workspace holds
	 * @param apiNames the APIs the workspace holds
	 * @return the subscriptions in name order
	 */
	List<Subscription> subscriptions(Set<String> productNames, Set<String> apiNames) {
		List<Subscription> subscriptions = new ArrayList<>();
		for (String name : this.files.folders(SUBSCRIPTIONS)) {
			String path = SUBSCRIPTIONS + "/" + name + "/subscriptionInformation.json";
			if (this.files.bytes(path).isEmpty()) {
				continue;
			}
			JsonFile.read(this.files, path, this.problems)
				.filter(JsonFile::expectObject)
				.flatMap((file) -> subscription(name, file, productNames, apiNames))
				.ifPresent(subscriptions::add);
		}
		return subscriptions;
	}

	private Optional<Subscription> subscription(String name, JsonFile file, Set<String> productNames,
			Set<String> apiNames) {
		String path = SUBSCRIPTIONS + "/" + name + "/subscriptionInformation.json";
		Optional<String> text = file.string("scope");
		Optional<SubscriptionScope> scope = text.flatMap(SubscriptionScope::parse);
		if (scope.isEmpty()) {
			this.problems.invalidFile(path, file.positionOf(file.pointer("scope")), text.isEmpty()
					? "The subscription has no \"scope\"; it is skipped."
					: "The scope \"" + text.get() + "\" is not /products/<product>, /apis/<api> or /apis; the subscription is skipped.");
			return Optional.empty();
		}
		reportMissingTarget(path, file, scope.get(), productNames, apiNames);
		// APIM's states are active, suspended, submitted, rejected, cancelled and expired; only active admits calls.
		boolean active = file.string("state").map((state) -> state.toLowerCase(Locale.ROOT).equals("active")).orElse(true);
		return Optional.of(new Subscription(name, scope.get(), active, Optional.empty()));
	}

	private void reportMissingTarget(String path, JsonFile file, SubscriptionScope scope, Set<String> productNames,
			Set<String> apiNames) {
		Optional<String> target = scope.target();
		boolean missing = switch (scope.kind()) {
			case PRODUCT -> !productNames.contains(target.orElseThrow());
			case API -> !apiNames.contains(target.orElseThrow());
			case ALL_APIS, ALL_ACCESS -> false;
		};
		if (missing) {
			Position position = file.positionOf(file.pointer("scope"));
			this.problems.add(LoadProblem.Kind.ORPHAN, path, position,
					"The subscription's scope " + scope + " names something the workspace does not hold.");
		}
	}

}
