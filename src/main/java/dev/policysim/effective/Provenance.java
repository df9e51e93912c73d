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
 * @param namedValues the named values substituted into it, in order of first use
 * @param nestedFragments the fragments inlined further down this element's tree (an
 * {@code include-fragment} inside a {@code when}), in document order; the elements they
 * contributed carry positions in the fragment's file, not in {@link #location()}'s
 */
public record Provenance(Scope scope, SourceLocation location, Optional<FragmentOrigin> fragment,
		List<NamedValueUse> namedValues, List<FragmentOrigin> nestedFragments) {

	public Provenance {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(fragment, "fragment");
		namedValues = List.copyOf(namedValues);
		nestedFragments = List.copyOf(nestedFragments);
	}

	/**
	 * A provenance without fragments inlined inside the element.
	 * @param scope the scope whose document holds the element
	 * @param location the element in its source file
	 * @param fragment how it was inlined, when it came from a fragment
	 * @param namedValues the named values substituted into it
	 */
	public Provenance(Scope scope, SourceLocation location, Optional<FragmentOrigin> fragment,
			List<NamedValueUse> namedValues) {
		this(scope, location, fragment, namedValues, List.of());
	}

	/** The provenance of an element that stands directly in a scope's document. */
	public static Provenance of(Scope scope, SourceLocation location) {
		return new Provenance(scope, location, Optional.empty(), List.of(), List.of());
	}

}
