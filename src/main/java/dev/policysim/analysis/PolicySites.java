package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.Workspace;

/** Walks every policy document of a workspace once and lists its {@link PolicySite}s. */
final class PolicySites {

	private static final String INCLUDE_FRAGMENT = "include-fragment";

	private static final String CHOOSE = "choose";

	private final Map<String, Fragment> fragments = new HashMap<>();

	private final Set<String> included = new HashSet<>();

	private final List<PolicySite> sites = new ArrayList<>();

	private PolicySites(Workspace workspace) {
		workspace.fragments().forEach((fragment) -> this.fragments.putIfAbsent(fragment.name(), fragment));
	}

	/**
	 * The sites of a workspace: the global, product, API and operation documents in that order,
	 * then the fragments that no document includes.
	 * @param workspace the workspace
	 * @return every site, in document order within each file
	 */
	static List<PolicySite> of(Workspace workspace) {
		PolicySites walk = new PolicySites(workspace);
		for (ScopeDocument document : ScopeDocument.all(workspace)) {
			walk.document(document);
		}
		for (Fragment fragment : workspace.fragments()) {
			if (!walk.included.contains(fragment.name())) {
				Frame frame = new Frame(fragment.document().file(), Optional.empty(), Optional.empty(), Optional.empty(),
						Optional.of(fragment.name()), Optional.empty());
				walk.policies(fragment.document().root(), frame, List.of());
			}
		}
		return List.copyOf(walk.sites);
	}

	private void document(ScopeDocument document) {
		for (PolicyElement child : document.document().root().elements()) {
			Optional<SectionName> section = SectionName.fromXmlName(child.name());
			if (section.isPresent()) {
				Frame frame = new Frame(document.document().file(), Optional.of(document.scope()), document.api(), section,
						Optional.empty(), Optional.empty());
				policies(child, frame, List.of());
			}
		}
	}

	private void policies(PolicyElement parent, Frame frame, List<PolicyElement> enclosing) {
		for (PolicyElement child : parent.elements()) {
			this.sites.add(new PolicySite(child, frame.file, frame.scope, frame.api, frame.section, enclosing,
					frame.fragment, frame.includedAt));
			if (child.name().equals(INCLUDE_FRAGMENT) && frame.fragment.isEmpty()) {
				include(child, frame, enclosing);
			}
			inside(child, frame, enclosing);
		}
	}

	private void include(PolicyElement include, Frame frame, List<PolicyElement> enclosing) {
		Optional<Fragment> fragment = include.attribute("fragment-id").map(this.fragments::get);
		if (fragment.isEmpty()) {
			return;
		}
		this.included.add(fragment.get().name());
		Frame inFragment = new Frame(fragment.get().document().file(), frame.scope, frame.api, frame.section,
				Optional.of(fragment.get().name()), Optional.of(new SourceLocation(frame.file, include.position())));
		// the fragment's policies take the include's place, inside the same enclosing policies
		policies(fragment.get().document().root(), inFragment, enclosing);
	}

	private void inside(PolicyElement element, Frame frame, List<PolicyElement> enclosing) {
		if (element.name().equals(CHOOSE)) {
			List<PolicyElement> deeper = deeper(enclosing, element);
			for (PolicyElement branch : element.elements()) {
				if (branch.name().equals("when") || branch.name().equals("otherwise")) {
					policies(branch, frame, deeper);
				}
			}
		}
		else if (PolicyCatalogue.holdsPolicies(element.name())) {
			policies(element, frame, deeper(enclosing, element));
		}
	}

	private static List<PolicyElement> deeper(List<PolicyElement> enclosing, PolicyElement element) {
		List<PolicyElement> deeper = new ArrayList<>(enclosing.size() + 1);
		deeper.addAll(enclosing);
		deeper.add(element);
		return List.copyOf(deeper);
	}

	/** Where the policies being walked stand. */
	private record Frame(String file, Optional<Scope> scope, Optional<String> api, Optional<SectionName> section,
			Optional<String> fragment, Optional<SourceLocation> includedAt) {
	}

}
