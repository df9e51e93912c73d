package dev.policysim.workspace;

import java.util.Objects;

import dev.policysim.policy.PolicyDocument;

/**
 * A policy fragment, included with {@code <include-fragment fragment-id="name"/>}.
 *
 * @param name the fragment id (its folder under {@code policy fragments/})
 * @param document the {@code <fragment>} document
 */
public record Fragment(String name, PolicyDocument document) {

	public Fragment {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(document, "document");
	}

}
