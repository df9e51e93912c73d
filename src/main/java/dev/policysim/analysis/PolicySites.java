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
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.Workspace;

/**
 * Walks every policy document of a workspace once: lists its {@link PolicySite}s, by name too, and
 * hands each element whose children are policies to {@link Exemptions} to find the exemption
 * comments among them.
 */
final class PolicySites {

	private static final String INCLUDE_FRAGMENT = "include-fragment";

	private static final String CHOOSE = "choose";

	private final Map<String, Fragment> fragments = new HashMap<>();

	private final Set<String> included = new HashSet<>();

	private final List<PolicySite> sites = new ArrayList<>();

	private final Map<String, List<PolicySite>> byName = new HashMap<>();

	private final Exemptions exemptions = new Exemptions();

	private PolicySites(Workspace workspace) {
		workspace.fragments().forEach((fragment) -> this.fragments.putIfAbsent(fragment.name(), fragment));
	}

	/**
	 * Walks a workspace: the global, product, API and operation documents in that order, then the
	 * fragments that no document includes.
	 * @param workspace the workspace
	 * @param documents the workspace's scope documents, in that order
	 * @return the sites, in document order within each file, and the exemptions found
	 */
	static Walked of(Workspace workspace, List<ScopeDocument> documents) {
		PolicySites walk = new PolicySites(workspace);
		for (ScopeDocument document : documents) {
			walk.document(document);
		}
		for (Fragment fragment : workspace.fragments()) {
			if (!walk.included.contains(fragment.name())) {
				Frame frame = new Frame(fragment.document().file(), Optional.empty(), Optional.empty(), Optional.empty(),
						Optional.of(fragment.name()), Optional.empty(), true);
				walk.policies(fragment.document().root(), frame, List.of());
			}
		}
		return new Walked(List.copyOf(walk.sites), walk.byName, walk.exemptions);
	}

	private void document(ScopeDocument document) {
		this.exemptions.scan(document.document().file(), document.document().root());
		for (PolicyElement child : document.document().root().elements()) {
			Optional<SectionName> section = SectionName.fromXmlName(child.name());
			if (section.isPresent()) {
				Frame frame = new Frame(document.document().file(), Optional.of(document.scope()), document.api(), section,
						Optional.empty(), Optional.empty(), true);
				policies(child, frame, List.of());
			}
		}
	}

	private void policies(PolicyElement parent, Frame frame, List<PolicyElement> enclosing) {
		if (frame.firstVisit) {
			this.exemptions.scan(frame.file, parent);
		}
		for (PolicyNode node : parent.children()) {
			if (!(node instanceof PolicyElement child)) {
				continue;
			}
			PolicySite site = new PolicySite(child, frame.file, frame.scope, frame.api, frame.section, enclosing,
					frame.fragment, frame.includedAt);
			this.sites.add(site);
			this.byName.computeIfAbsent(child.name(), (name) -> new ArrayList<>()).add(site);
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
		// a fragment included several times is walked each time, its comments read the first time
		boolean first = this.included.add(fragment.get().name());
		Frame inFragment = new Frame(fragment.get().document().file(), frame.scope, frame.api, frame.section,
				Optional.of(fragment.get().name()), Optional.of(new SourceLocation(frame.file, include.position())), first);
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
		else if (PolicyHolders.holdsPolicies(element.name())) {
			policies(element, frame, deeper(enclosing, element));
		}
	}

	private static List<PolicyElement> deeper(List<PolicyElement> enclosing, PolicyElement element) {
		List<PolicyElement> deeper = new ArrayList<>(enclosing.size() + 1);
		deeper.addAll(enclosing);
		deeper.add(element);
		return List.copyOf(deeper);
	}

	/** Where the policies being walked stand, and whether their file is walked for the first time. */
	private record Frame(String file, Optional<Scope> scope, Optional<String> api, Optional<SectionName> section,
			Optional<String> fragment, Optional<SourceLocation> includedAt, boolean firstVisit) {
	}

	/**
	 * What the walk found.
	 *
	 * @param sites every site, in document order within each file
	 * @param byName the sites by element name
	 * @param exemptions the exemption comments
	 */
	record Walked(List<PolicySite> sites, Map<String, List<PolicySite>> byName, Exemptions exemptions) {
	}

}
