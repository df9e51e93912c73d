package dev.policysim.analysis.rule;

import java.util.List;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Fragment;

/**
 * {@code fragment-invalid}: a policy fragment holding what fragments cannot hold (policy-fragments):
 * a section element, {@code <base/>}, or a nested {@code include-fragment} ("currently" not
 * supported), or a fragment over 32 KB. The first three point at the element, the size at the
 * fragment's root.
 *
 * <pre>{@code
 * bad:  <fragment><inbound><base /><cors>...</cors></inbound></fragment>
 * good: <fragment><cors>...</cors></fragment>
 * }</pre>
 */
public final class FragmentInvalid implements Rule {

	/** "The maximum size of a policy fragment is 32 KB" (policy-fragments), read as 32 KiB. */
	static final int MAX_BYTES = 32 * 1024;

	private static final RuleInfo INFO = new RuleInfo("fragment-invalid", Severity.ERROR,
			"A policy fragment holds what fragments cannot hold",
			"A fragment is a <fragment> holding policies, pasted where <include-fragment> stands. Microsoft's "
					+ "reference says it cannot contain policy sections or <base/>, cannot include another fragment, "
					+ "and is at most 32 KB. API Management refuses such a fragment, and the section or <base/> "
					+ "would not mean what it says once the fragment is pasted inside a section.",
			List.of(References.FRAGMENTS, References.INCLUDE_FRAGMENT),
			"""
					<fragment>
					  <inbound>
					    <base />
					    <cors>...</cors>
					  </inbound>
					</fragment>""",
			"""
					<fragment>
					  <cors>...</cors>
					</fragment>""",
			"Keep only policies in the fragment: drop section elements and <base/> (the including section "
					+ "decides where it runs), inline the nested fragment's policies, or split a fragment over 32 KB.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (Fragment fragment : input.workspace().fragments()) {
			PolicyDocument document = fragment.document();
			if (document.size() > MAX_BYTES) {
				findings.report(INFO, location(document, document.root()), "Fragment " + fragment.name() + " ("
						+ document.file() + ") is " + document.size() + " bytes; a fragment may be at most " + MAX_BYTES
						+ " bytes (32 KB).");
			}
			for (PolicyElement element : document.root().descendantsAndSelf()) {
				if (element != document.root()) {
					element(fragment, document, element, findings);
				}
			}
		}
	}

	private static void element(Fragment fragment, PolicyDocument document, PolicyElement element,
			FindingCollector findings) {
		String where = document.file() + ":" + element.position().line();
		if (SectionName.fromXmlName(element.name()).isPresent() || element.name().equals(PolicyDocument.POLICIES)) {
			findings.report(INFO, location(document, element), "<" + element.name() + "> at " + where
					+ " is a section element inside fragment "
					+ fragment.name() + "; a fragment holds policies only, and the including section decides where "
					+ "they run.");
		}
		else if (element.isBase()) {
			findings.report(INFO, location(document, element), "<base/> at " + where + " inside fragment "
					+ fragment.name()
					+ " is not allowed; only the including document's sections can inherit.");
		}
		else if (element.name().equals("include-fragment")) {
			findings.report(INFO, location(document, element), "include-fragment at " + where
					+ " includes a fragment from fragment "
					+ fragment.name() + "; fragments cannot be nested, so it is not expanded.");
		}
	}

	private static FindingLocation location(PolicyDocument document, PolicyElement element) {
		return FindingLocation.inFile(document.file(), element.position());
	}

}
