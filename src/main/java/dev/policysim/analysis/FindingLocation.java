package dev.policysim.analysis;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.Position;

/**
 * Where a finding points: an element (or a whole file) in its source file, and the scope it
 * belongs to.
 *
 * @param file the path relative to the workspace root
 * @param position the element's {@code <}, or {@link Position#START} for a whole file
 * @param scope the scope whose document holds it; empty outside any scope
 */
public record FindingLocation(String file, Position position, Optional<Scope> scope) {

	public FindingLocation {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(scope, "scope");
	}

	/**
	 * The source element of a policy of an effective policy: for an element inlined from a
	 * fragment, the fragment's file, with the scope that includes it.
	 * @param element an element of an effective policy
	 * @return its location
	 */
	public static FindingLocation of(EffectiveElement element) {
		SourceLocation location = element.provenance().location();
		return new FindingLocation(location.file(), location.position(), Optional.of(element.provenance().scope()));
	}

	/**
	 * A place in a file, its scope told by the workspace layout.
	 * @param file the path relative to the workspace root
	 * @param position the position in it
	 * @return the location
	 */
	public static FindingLocation inFile(String file, Position position) {
		return new FindingLocation(file, position, FileScope.of(file));
	}

	/**
	 * A place in a file of a known scope.
	 * @param location the file and position
	 * @param scope the scope of the document
	 * @return the location
	 */
	public static FindingLocation of(SourceLocation location, Scope scope) {
		return new FindingLocation(location.file(), location.position(), Optional.of(scope));
	}

	/** The file and position, as messages cite a place. */
	public SourceLocation source() {
		return new SourceLocation(this.file, this.position);
	}

}
