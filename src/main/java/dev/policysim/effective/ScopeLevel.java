package dev.policysim.effective;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.SectionName;

/**
 * One link of a context's scope chain: a scope and its document, when it has one.
 *
 * @param scope the scope
 * @param document its policy document; empty for a scope without one, which passes every section
 * through
 */
record ScopeLevel(Scope scope, Optional<PolicyDocument> document) {

	ScopeLevel {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(document, "document");
	}

	/** Whether the scope's own section holds any policy besides {@code <base/>}. */
	boolean hasOwnPolicies(SectionName section) {
		return this.document
			.map((doc) -> doc.sectionElements(section).stream().anyMatch((element) -> !element.isBase()))
			.orElse(false);
	}

}
