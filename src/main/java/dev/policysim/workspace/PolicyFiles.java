package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.Position;
import dev.policysim.policy.ReadProblem;

/**
 * Reads the policy files of a workspace, turning every unreadable one into an
 * {@link LoadProblem.Kind#XML_INVALID} problem. A scope's file must be a {@code <policies>}
 * document and a fragment's a {@code <fragment>}: APIM refuses the other way round, and reading it
 * anyway would put sections where policies belong.
 */
final class PolicyFiles {

	private final WorkspaceFiles files;

	private final PolicyXmlReader reader;

	private final LoadProblems problems;

	PolicyFiles(WorkspaceFiles files, PolicyXmlReader reader, LoadProblems problems) {
		this.files = Objects.requireNonNull(files, "files");
		this.reader = Objects.requireNonNull(reader, "reader");
		this.problems = Objects.requireNonNull(problems, "problems");
	}

	/**
	 * The {@code <policies>} document of a scope.
	 * @param path the file's path
	 * @return the document, or empty when the file is absent or unusable (then reported)
	 */
	Optional<PolicyDocument> scope(String path) {
		return read(path).filter((document) -> hasRoot(document, PolicyDocument.POLICIES,
				"A scope's policy file must have a <policies> root, not <%s>; a <fragment> belongs under \"policy fragments/\"."));
	}

	/**
	 * The {@code <fragment>} document of a policy fragment.
	 * @param path the file's path
	 * @return the document, or empty when the file is absent or unusable (then reported)
	 */
	Optional<PolicyDocument> fragment(String path) {
		return read(path).filter((document) -> hasRoot(document, PolicyDocument.FRAGMENT,
				"A policy fragment must have a <fragment> root holding policies, not <%s>."));
	}

	private Optional<PolicyDocument> read(String path) {
		Optional<byte[]> bytes = this.files.bytes(path);
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.reader.read(path, bytes.get()));
		}
		catch (PolicyReadException ex) {
			ReadProblem problem = ex.problem();
			this.problems.add(LoadProblem.Kind.XML_INVALID, path, problem.position(), problem.message());
			return Optional.empty();
		}
	}

	private boolean hasRoot(PolicyDocument document, String root, String message) {
		if (document.root().name().equals(root)) {
			return true;
		}
		Position position = document.root().position();
		this.problems.add(LoadProblem.Kind.XML_INVALID, document.file(), position,
				String.format(message, document.root().name()));
		return false;
	}

}
