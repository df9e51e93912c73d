package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the APIs under {@code apis/}: settings from {@code apiInformation.json} with APIM's
 * defaults where it is missing (formats.md §1), the API policy, and the operations. Revision
 * folders ({@code apis/<api>;rev=<n>/}) are not read yet: the current revision is what callers
 * reach without naming a revision.
 */
final class ApiReader {

	private final WorkspaceFiles files;

	private final PolicyFiles policies;

	private final LoadProblems problems;

	ApiReader(WorkspaceFiles files, PolicyFiles policies, LoadProblems problems) {
		this.files = files;
		this.policies = policies;
		this.problems = problems;
	}

	/** Every API of the workspace, in name order. */
	List<Api> readAll() {
		List<Api> apis = new ArrayList<>();
		for (String name : this.files.folders("apis")) {
			if (!name.contains(";rev=")) {
				apis.add(read(name));
			}
		}
		return apis;
	}

	private Api read(String name) {
		String folder = "apis/" + name;
		Optional<JsonFile> info = JsonFile.read(this.files, folder + "/apiInformation.json", this.problems)
			.filter(JsonFile::expectObject);
		String displayName = info.flatMap((file) -> file.string("displayName")).orElse(name);
		String path = info.flatMap((file) -> file.string("path")).map(ApiReader::withoutSlashes).orElse(name);
		boolean subscriptionRequired = info.flatMap((file) -> file.bool("subscriptionRequired")).orElse(true);
		KeyNames keyNames = new KeyNames(keyName(info, "header", KeyNames.DEFAULT_HEADER),
				keyName(info, "query", KeyNames.DEFAULT_QUERY));
		Optional<String> serviceUrl = info.flatMap((file) -> file.string("serviceUrl")).filter((url) -> !url.isBlank());
		return new Api(name, displayName, path, subscriptionRequired, keyNames, serviceUrl,
				this.policies.scope(folder + "/policy.xml"),
				new OperationReader(this.files, this.policies, this.problems).read(folder));
	}

	private static String keyName(Optional<JsonFile> info, String which, String fallback) {
		return info.flatMap((file) -> file.string("subscriptionKeyParameterNames/" + which))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.orElse(fallback);
	}

	/** APIM stores the path without slashes around it; tolerate hand-written ones. */
	private static String withoutSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}

}
