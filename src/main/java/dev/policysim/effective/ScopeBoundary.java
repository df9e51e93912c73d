package dev.policysim.effective;

import java.util.Objects;

/**
 * Where a broader scope's part of a section begins or ends, for the portal's
 * {@code <!--base: Begin Product scope-->} comments.
 *
 * @param index the element index in the section before which the boundary stands (the section's
 * size for a boundary after the last element)
 * @param scope the scope that begins or ends
 * @param begin {@code true} for a beginning, {@code false} for an end
 */
public record ScopeBoundary(int index, Scope scope, boolean begin) {

	public ScopeBoundary {
		Objects.requireNonNull(scope, "scope");
		if (index < 0) {
			throw new IllegalArgumentException("index must not be negative: " + index);
		}
	}

}
