package dev.policysim.effective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.policy.PolicyElement;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.Workspace;

/**
 * Turns one policy of a scope's section into the elements it stands for in an effective policy:
 * an {@code include-fragment} becomes the fragment's policies (also when nested in a
 * {@code choose}), and {@code {{name}}} references become named values' values.
 *
 * <p>Confined to one calculation pass (its named value lookups are remembered), never shared
 * between threads.
 */
final class ElementResolver {

	/** The element that includes a policy fragment (include-fragment-policy). */
	static final String INCLUDE_FRAGMENT = "include-fragment";

	/** The attribute naming the fragment; policy expressions are not allowed in it. */
	static final String FRAGMENT_ID = "fragment-id";

	private final Map<String, Fragment> fragments = new HashMap<>();

	private final NamedValueSubstitution namedValues;

	ElementResolver(Workspace workspace) {
		workspace.fragments().forEach((fragment) -> this.fragments.putIfAbsent(fragment.name(), fragment));
		this.namedValues = new NamedValueSubstitution(workspace);
	}

	/**
	 * The effective elements one policy of a section stands for.
	 * @param element a child element of a section, not {@code <base/>}
	 * @param scope the scope of the document holding it
	 * @param file that document's file
	 * @param problems collects missing fragments and named values
	 * @return one element; for an included fragment, the fragment's policies (possibly none)
	 */
	List<EffectiveElement> resolve(PolicyElement element, Scope scope, String file, List<CalculationProblem> problems) {
		SourceLocation at = new SourceLocation(file, element.position());
		if (isInclude(element)) {
			Optional<Fragment> fragment = fragment(element, scope, at, problems);
			if (fragment.isPresent()) {
				return inline(fragment.get(), scope, at, problems);
			}
		}
		ElementWalk walk = new ElementWalk(this, scope, problems);
		PolicyElement resolved = walk.element(element, file, false, false);
		return List.of(new EffectiveElement(resolved, walk.provenance(at, Optional.empty())));
	}

	private List<EffectiveElement> inline(Fragment fragment, Scope scope, SourceLocation includedAt,
			List<CalculationProblem> problems) {
		FragmentOrigin origin = new FragmentOrigin(fragment.name(), includedAt);
		String file = fragment.document().file();
		List<PolicyElement> policies = fragment.document().root().elements();
		List<EffectiveElement> elements = new ArrayList<>(policies.size());
		for (PolicyElement policy : policies) {
			ElementWalk walk = new ElementWalk(this, scope, problems);
			PolicyElement resolved = walk.element(policy, file, true, false);
			SourceLocation location = new SourceLocation(file, policy.position());
			elements.add(new EffectiveElement(resolved, walk.provenance(location, Optional.of(origin))));
		}
		return elements;
	}

	/**
	 * The fragment an {@code include-fragment} names, recording a {@code fragment-missing} problem
	 * when the workspace has none of that name.
	 */
	Optional<Fragment> fragment(PolicyElement include, Scope scope, SourceLocation at,
			List<CalculationProblem> problems) {
		Optional<String> id = include.attribute(FRAGMENT_ID);
		Optional<Fragment> fragment = id.map(this.fragments::get);
		if (fragment.isEmpty()) {
			String message = id.map((name) -> "include-fragment names fragment '" + name
					+ "', which the workspace does not hold; the gateway answers 500 here")
				.orElse("include-fragment has no fragment-id attribute; the gateway answers 500 here");
			problems.add(new CalculationProblem("fragment-missing", at, scope, message));
		}
		return fragment;
	}

	NamedValueSubstitution namedValues() {
		return this.namedValues;
	}

	static boolean isInclude(PolicyElement element) {
		return INCLUDE_FRAGMENT.equals(element.name());
	}

}
