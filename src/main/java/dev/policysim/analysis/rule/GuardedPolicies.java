package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.effective.Scope;
import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Fragment;

/**
 * The cors and security policies of one scope's section (rules.md, {@code base-missing}): cors,
 * {@code validate-jwt}, {@code ip-filter}, {@code check-header}, {@code rate-limit*} and
 * {@code quota*}, also inside {@code choose} and inside included fragments.
 */
final class GuardedPolicies {

	private GuardedPolicies() {
	}

	/**
	 * The guarded policies of a section, each as "cors at policy.xml:3 (global)".
	 * @param input the analysis input
	 * @param scope the scope
	 * @param api the API of the context (for an operation scope)
	 * @param section the section
	 * @return the descriptions in document order; empty when there are none
	 */
	static List<String> in(AnalysisInput input, Scope scope, String api, SectionName section) {
		List<String> found = new ArrayList<>();
		Optional<PolicyDocument> document = input.document(scope, api);
		Optional<PolicyElement> element = document.flatMap((value) -> value.section(section));
		if (element.isPresent()) {
			collect(input, element.get(), document.get().file(), scope, false, found);
		}
		return found;
	}

	private static void collect(AnalysisInput input, PolicyElement holder, String file, Scope scope,
			boolean inFragment, List<String> found) {
		for (PolicyElement child : holder.elements()) {
			if (isGuarded(child.name())) {
				found.add(child.name() + " at " + file + ":" + child.position().line() + " (" + scope + ")");
			}
			else if (child.name().equals("include-fragment") && !inFragment) {
				Optional<Fragment> fragment = child.attribute("fragment-id").flatMap(input.workspace()::fragment);
				fragment.ifPresent((value) -> collect(input, value.document().root(), value.document().file(), scope,
						true, found));
			}
			else if (child.name().equals("choose") || PolicyCatalogue.holdsPolicies(child.name())) {
				// choose's when/otherwise hold policies; other containers hold them directly
				for (PolicyElement part : child.name().equals("choose") ? child.elements() : List.of(child)) {
					collect(input, part, file, scope, inFragment, found);
				}
			}
		}
	}

	private static boolean isGuarded(String name) {
		return name.equals("cors") || name.equals("validate-jwt") || name.equals("ip-filter")
				|| name.equals("check-header") || name.startsWith("rate-limit") || name.startsWith("quota");
	}

}
