package dev.policysim.effective;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an element of an effective policy comes from.
 *
 * @param scope the scope whose document holds the element (for a fragment: the document that
 * includes it)
 * @param location the element in its source file (for a fragment: in the fragment's file)
 * @param fragment how it was inlined, when it came from a fragment
 * @param namedValues the named values substituted into it
 */
public record Provenance(Scope scope, SourceLocation location, Optional<FragmentOrigin> fragment,
		List<NamedValueUse> namedValues) {

	public Provenance {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(fragment, "fragment");
		namedValues = List.copyOf(namedValues);
	}

	/** The provenance of an element that stands directly in a scope's document. */
	public static Provenance of(Scope scope, SourceLocation location) {
		return new Provenance(scope, location, Optional.empty(), List.of());
	}

}
