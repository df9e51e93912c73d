package dev.policysim.effective;

import java.util.Objects;

/**
 * How an element came in through a fragment.
 *
 * @param fragment the fragment id
 * @param includedAt where the {@code include-fragment} element stands
 */
public record FragmentOrigin(String fragment, SourceLocation includedAt) {

	public FragmentOrigin {
		Objects.requireNonNull(fragment, "fragment");
		Objects.requireNonNull(includedAt, "includedAt");
	}

}
