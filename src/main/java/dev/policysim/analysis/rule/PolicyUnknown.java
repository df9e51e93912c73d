package dev.policysim.analysis.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.PolicySite;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyInfo;

/**
 * {@code policy-unknown}: an element standing where policies stand (in a section, a branch of
 * {@code choose}, a container policy or a fragment) that is no API Management policy, usually a
 * typo (an element directly in {@code <policies>} that is no section makes the file unreadable:
 * {@code xml-invalid}). Parts of policies, such
 * as {@code <origin>} in {@code <allowed-origins>}, are not judged ({@link PolicyCatalogue#holdsPolicies}).
 *
 * <pre>{@code
 * bad:  <inbound><base /><rate-limt calls="5" renewal-period="60" /></inbound>
 * good: <inbound><base /><rate-limit calls="5" renewal-period="60" /></inbound>
 * }</pre>
 */
public final class PolicyUnknown implements Rule {

	private static final RuleInfo INFO = new RuleInfo("policy-unknown", Severity.WARNING,
			"An element is not an API Management policy",
			"API Management knows a fixed set of policies. An element it does not know is a typo or a policy of "
					+ "another product: the portal refuses to save the document, and in an export it shows that the "
					+ "file was edited by hand and never deployed as it stands. Whatever the element was meant to "
					+ "do (limit calls, check a token) is not done.",
			List.of(References.REFERENCE, References.POLICIES),
			"""
					<policies>
					  <inbound>
					    <base />
					    <rate-limt calls="5" renewal-period="60" />
					  </inbound>
					</policies>""",
			"""
					<policies>
					  <inbound>
					    <base />
					    <rate-limit calls="5" renewal-period="60" />
					  </inbound>
					</policies>""",
			"Correct the element's name to the policy meant (the message suggests the nearest one), or remove it.");

	private static final int MAX_DISTANCE = 2;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (String name : input.siteNames()) {
			if (name.equals(PolicyElement.BASE) || PolicyCatalogue.lookup(name).isPresent()) {
				continue;
			}
			String suggestion = suggestion(name, policyNames());
			for (PolicySite site : input.sites(name)) {
				findings.report(INFO, site.location(), "<" + name + "> at " + site.source()
						+ " is not an API Management policy" + suggestion + ".");
			}
		}
	}

	private static List<String> policyNames() {
		return PolicyCatalogue.all().stream().map(PolicyInfo::name).toList();
	}

	/** "; did you mean rate-limit?" for the nearest name within two edits. */
	private static String suggestion(String name, List<String> candidates) {
		Optional<String> best = Optional.empty();
		int bestDistance = MAX_DISTANCE + 1;
		for (String candidate : candidates) {
			int distance = distance(name, candidate);
			if (distance < bestDistance) {
				best = Optional.of(candidate);
				bestDistance = distance;
			}
		}
		return best.map((candidate) -> "; did you mean " + candidate + "?").orElse("");
	}

	/** The Levenshtein distance, ignoring case. */
	private static int distance(String a, String b) {
		String left = a.toLowerCase(Locale.ROOT);
		String right = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[right.length() + 1];
		int[] current = new int[right.length() + 1];
		for (int j = 0; j <= right.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= left.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= right.length(); j++) {
				int substitution = previous[j - 1] + ((left.charAt(i - 1) == right.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[right.length()];
	}

}
