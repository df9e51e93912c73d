package dev.policysim.analysis;

import java.util.HashSet;
import java.util.Set;

import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyInfo;
import dev.policysim.policy.SectionName;

/**
 * The names of the elements whose children are policies, as {@link PolicyCatalogue#holdsPolicies}
 * decides, gathered once into a hash set: the walks ask for every element of every document.
 */
final class PolicyHolders {

	private static final Set<String> NAMES = names();

	private PolicyHolders() {
	}

	/**
	 * Whether the children of an element are policies.
	 * @param name the element's name
	 * @return {@code true} for sections, fragments, {@code when}/{@code otherwise} and container policies
	 */
	static boolean holdsPolicies(String name) {
		return NAMES.contains(name);
	}

	private static Set<String> names() {
		Set<String> candidates = new HashSet<>(Set.of(PolicyDocument.FRAGMENT, "when", "otherwise"));
		for (SectionName section : SectionName.values()) {
			candidates.add(section.xmlName());
		}
		PolicyCatalogue.all().stream().map(PolicyInfo::name).forEach(candidates::add);
		candidates.removeIf((name) -> !PolicyCatalogue.holdsPolicies(name));
		return Set.copyOf(candidates);
	}

}
