package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import dev.policysim.policy.Position;

/**
 * Reads the products under {@code products/}. Membership comes from both layouts APIOps has
 * written: a folder per API ({@code apis/<api>/productApiInformation.json}, the folder name being
 * the API) and the older {@code apis.json}, a list of API names ({@code ["orders"]}) or of objects
 * with a {@code name} ({@code [{"name": "orders"}]}), as the extractor's {@code SerializeProductApi}
 * writes it. A revision suffix ({@code orders;rev=2}) names the API itself. A member the workspace
 * does not hold is reported as {@link LoadProblem.Kind#ORPHAN} and kept.
 */
final class ProductReader {

	/** ARM's default state of a product created without one. */
	private static final String DEFAULT_STATE = "notPublished";

	private final WorkspaceFiles files;

	private final PolicyFiles policies;

	private final LoadProblems problems;

	ProductReader(WorkspaceFiles files, PolicyFiles policies, LoadProblems problems) {
		this.files = files;
		this.policies = policies;
		this.problems = problems;
	}

	/**
	 * Every product of the workspace.
	 * @param apiNames the APIs the workspace holds, to report members it does not
	 * @return the products in name order
	 */
	List<Product> readAll(Set<String> apiNames) {
		List<Product> products = new ArrayList<>();
		for (String name : this.files.folders("products")) {
			products.add(read(name, apiNames));
		}
		return products;
	}

	private Product read(String name, Set<String> apiNames) {
		String folder = "products/" + name;
		Optional<JsonFile> info = JsonFile.read(this.files, folder + "/productInformation.json", this.problems)
			.filter(JsonFile::expectObject);
		String displayName = info.flatMap((file) -> file.string("displayName")).orElse(name);
		boolean subscriptionRequired = info.flatMap((file) -> file.bool("subscriptionRequired")).orElse(true);
		String state = info.flatMap((file) -> file.string("state")).orElse(DEFAULT_STATE);
		Set<String> apis = new TreeSet<>(memberFolders(folder, apiNames));
		apis.addAll(listedMembers(folder, apiNames));
		return new Product(name, displayName, subscriptionRequired, state, this.policies.scope(folder + "/policy.xml"),
				apis);
	}

	private Set<String> memberFolders(String folder, Set<String> apiNames) {
		Set<String> members = new TreeSet<>();
		for (String api : this.files.folders(folder + "/apis")) {
			String file = folder + "/apis/" + api + "/productApiInformation.json";
			if (this.files.bytes(file).isEmpty()) {
				continue;
			}
			// Only the folder name matters; reading the file still reports it when it is malformed.
			JsonFile.read(this.files, file, this.problems);
			members.add(member(api, file, Position.START, apiNames));
		}
		return members;
	}

	private Set<String> listedMembers(String folder, Set<String> apiNames) {
		String file = folder + "/apis.json";
		Optional<JsonFile> list = JsonFile.read(this.files, file, this.problems);
		if (list.isEmpty()) {
			return Set.of();
		}
		JsonNode root = list.get().root();
		if (!root.isArray()) {
			this.problems.invalidFile(file, Position.START, "Expected a JSON list of API names.");
			return Set.of();
		}
		Set<String> members = new TreeSet<>();
		for (int i = 0; i < root.size(); i++) {
			Position position = list.get().positionOf("/" + i);
			Optional<String> api = apiName(root.get(i));
			if (api.isEmpty()) {
				this.problems.invalidFile(file, position,
						"Expected an API name or an object with a \"name\"; this entry is skipped.");
				continue;
			}
			members.add(member(api.get(), file, position, apiNames));
		}
		return members;
	}

	private static Optional<String> apiName(JsonNode entry) {
		JsonNode name = entry.isObject() ? entry.path("name") : entry;
		if (!name.isString() || name.asString().isBlank()) {
			return Optional.empty();
		}
		String api = name.asString().strip();
		int revision = api.indexOf(';');
		return Optional.of((revision > 0) ? api.substring(0, revision) : api);
	}

	private String member(String api, String file, Position position, Set<String> apiNames) {
		if (!apiNames.contains(api)) {
			this.problems.add(LoadProblem.Kind.ORPHAN, file, position,
					"The product contains the API \"" + api + "\", which the workspace does not hold.");
		}
		return api;
	}

}
