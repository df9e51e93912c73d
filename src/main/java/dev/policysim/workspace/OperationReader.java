package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;

/**
 * Builds an API's operations: those its specification declares, each with the policy of the
 * {@code operations/<name>/} folder that matches its name ignoring case. A policy folder that no
 * operation matches is reported as {@link LoadProblem.Kind#ORPHAN} and still loaded, with no
 * method or template, so its policy is still checked.
 */
final class OperationReader {

	private static final String[] SPEC_FILES = { "specification.yaml", "specification.yml", "specification.json" };

	private final WorkspaceFiles files;

	private final PolicyFiles policies;

	private final LoadProblems problems;

	OperationReader(WorkspaceFiles files, PolicyFiles policies, LoadProblems problems) {
		this.files = files;
		this.policies = policies;
		this.problems = problems;
	}

	/**
	 * The operations of one API.
	 * @param apiFolder the API's folder, e.g. {@code apis/orders}
	 * @return the operations ordered by name; empty when there is neither a specification nor a policy
	 * folder
	 */
	List<Operation> read(String apiFolder) {
		Optional<String> specFile = specFile(apiFolder);
		Optional<List<SpecOperation>> declared = specFile
			.flatMap((file) -> new SpecificationReader(this.problems).read(file, this.files.text(file).orElseThrow()));
		SortedSet<String> folders = policyFolders(apiFolder);
		List<Operation> operations = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (SpecOperation operation : declared.orElse(List.of())) {
			if (!names.add(operation.name().toLowerCase(Locale.ROOT))) {
				this.problems.invalidFile(specFile.orElseThrow(), operation.position(), "The operationId \""
						+ operation.name() + "\" is used twice; APIM needs each operation to have its own.");
			}
			Optional<String> folder = folders.stream().filter((name) -> OperationNames.matches(name, operation.name())).findFirst();
			folder.ifPresent(folders::remove);
			Optional<PolicyDocument> policy = folder.flatMap((name) -> this.policies.scope(policyPath(apiFolder, name)));
			operations.add(new Operation(operation.name(), operation.method(), operation.template(), policy, specFile,
					operation.position()));
		}
		for (String folder : folders) {
			operations.add(orphan(apiFolder, folder, specFile.filter((file) -> declared.isPresent())));
		}
		// Api promises its operations ordered by name, as the workspace orders everything else.
		operations.sort(Comparator.comparing(Operation::name));
		return operations;
	}

	private Operation orphan(String apiFolder, String folder, Optional<String> readSpec) {
		String path = policyPath(apiFolder, folder);
		readSpec.ifPresent((spec) -> this.problems.add(LoadProblem.Kind.ORPHAN, path, Position.START,
				"No operation in " + spec + " is called \"" + folder
						+ "\"; its policy is still checked, but no request can reach it."));
		return new Operation(folder, "", "", this.policies.scope(path), Optional.empty(), Position.START);
	}

	private Optional<String> specFile(String apiFolder) {
		Optional<String> chosen = Optional.empty();
		for (String name : SPEC_FILES) {
			String path = apiFolder + "/" + name;
			if (this.files.bytes(path).isEmpty()) {
				continue;
			}
			if (chosen.isPresent()) {
				this.problems.invalidFile(path, Position.START,
						"The API has another specification file, " + chosen.get() + ", which is read instead of this one.");
				continue;
			}
			chosen = Optional.of(path);
		}
		return chosen;
	}

	private SortedSet<String> policyFolders(String apiFolder) {
		SortedSet<String> folders = new TreeSet<>();
		for (String folder : this.files.folders(apiFolder + "/operations")) {
			if (this.files.bytes(policyPath(apiFolder, folder)).isPresent()) {
				folders.add(folder);
			}
		}
		return folders;
	}

	private static String policyPath(String apiFolder, String operationFolder) {
		return apiFolder + "/operations/" + operationFolder + "/policy.xml";
	}

}
