package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.policysim.policy.Position;

/** Collects the problems met while reading a workspace, so one bad file never stops the rest. */
final class LoadProblems {

	private final List<LoadProblem> problems = new ArrayList<>();

	void add(LoadProblem.Kind kind, String file, Position position, String message) {
		this.problems.add(new LoadProblem(kind, file, position, message));
	}

	void invalidFile(String file, Position position, String message) {
		add(LoadProblem.Kind.FILE_INVALID, file, position, message);
	}

	/** The problems in path order, then by position, as {@link Workspace#problems()} promises. */
	List<LoadProblem> sorted() {
		List<LoadProblem> copy = new ArrayList<>(this.problems);
		copy.sort(Comparator.comparing(LoadProblem::file).thenComparing(LoadProblem::position));
		return copy;
	}

}
