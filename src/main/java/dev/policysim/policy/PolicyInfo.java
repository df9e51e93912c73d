package dev.policysim.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What Microsoft's policy reference says about one policy: where it may stand.
 *
 * @param name the element name, e.g. {@code rate-limit}
 * @param sections the sections it is allowed in
 * @param scopes the scopes it is allowed at
 * @param container whether its body holds further policies ({@code choose} through its
 * {@code when}/{@code otherwise} branches, {@code retry}, {@code limit-concurrency}, {@code wait})
 * @param reference the policy's page in Microsoft's reference
 */
public record PolicyInfo(String name, Set<SectionName> sections, Set<ScopeKind> scopes, boolean container,
		String reference) {

	public PolicyInfo {
		Objects.requireNonNull(name, "name");
		sections = Collections.unmodifiableSet(EnumSet.copyOf(sections));
		scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
		Objects.requireNonNull(reference, "reference");
	}

	/** Whether the policy may stand in a section. */
	public boolean allowedIn(SectionName section) {
		return this.sections.contains(section);
	}

	/** Whether the policy may stand at a scope. */
	public boolean allowedAt(ScopeKind scope) {
		return this.scopes.contains(scope);
	}

}
