package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.Inbound;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.EffectiveElement;

/**
 * {@code cors-duplicate}: a cors of an effective inbound that never gets a say, because a cors
 * before it ends every request whose origin it does not allow. A cors that leaves unmatched
 * requests to the next ({@code terminate-unmatched-request="false"}, or left out while the profile
 * assumes {@code false}) lets the next one act, so that one is not reported; neither is one after
 * a cors whose attribute is an expression. Reported once per source element, at the cors that
 * does not apply.
 *
 * <pre>{@code
 * bad:  policy.xml: <cors>(portal)</cors>   apis/orders/policy.xml: <base /><cors>(partners)</cors>
 * good: policy.xml: <cors>(portal, partners)</cors>   apis/orders/policy.xml: <base />
 * }</pre>
 */
public final class CorsDuplicate implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-duplicate", Severity.WARNING,
			"A second cors in the pipeline never applies",
			"Several scopes may each hold a cors, so an effective inbound may hold several; \"generally, only "
					+ "the first cors policy is applied\". The first one answers the preflight; when the origin is not "
					+ "in its list and terminate-unmatched-request is true, it ends the request with an empty 200 OK "
					+ "and the later cors, with its own origins, is never consulted. The developer portal's page "
					+ "says the same: \"Only one CORS policy is executed.\" Only with "
					+ "terminate-unmatched-request=\"false\" does the next cors get unmatched requests.",
			List.of(References.CORS, References.CORS_PORTAL),
			"""
					<!-- policy.xml -->
					<inbound>
					  <cors>
					    <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  </cors>
					</inbound>
					<!-- apis/orders/policy.xml -->
					<inbound>
					  <base />
					  <cors>
					    <allowed-origins><origin>https://partners.fabrikam.com</origin></allowed-origins>
					  </cors>
					</inbound>""",
			"""
					<!-- policy.xml: one cors with every origin -->
					<inbound>
					  <cors terminate-unmatched-request="true">
					    <allowed-origins>
					      <origin>https://portal.contoso.com</origin>
					      <origin>https://partners.fabrikam.com</origin>
					    </allowed-origins>
					  </cors>
					</inbound>
					<!-- apis/orders/policy.xml -->
					<inbound>
					  <base />
					</inbound>""",
			"Merge the origins (and methods and headers) into one cors and delete the other, or set "
					+ "terminate-unmatched-request=\"false\" on the first so unmatched requests reach the next.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		boolean profileDefault = input.terminateUnmatchedDefault();
		for (Inbound inbound : input.inbounds()) {
			if (inbound.corsCount() < 2) {
				continue;
			}
			List<EffectiveElement> cors = CorsElements.direct(inbound.policy());
			for (int i = 1; i < cors.size(); i++) {
				Optional<EffectiveElement> stopper = stopper(cors.subList(0, i), profileDefault);
				if (stopper.isPresent()) {
					EffectiveElement later = cors.get(i);
					findings.report(INFO, FindingLocation.of(later), inbound.context(),
							() -> message(later, stopper.get(), profileDefault));
				}
			}
		}
	}

	/** The first earlier cors that certainly ends unmatched requests; empty when the later one may act. */
	private static Optional<EffectiveElement> stopper(List<EffectiveElement> earlier, boolean profileDefault) {
		for (EffectiveElement cors : earlier) {
			Optional<Boolean> terminates = CorsElements.terminates(cors.element(), profileDefault);
			if (terminates.isEmpty()) {
				return Optional.empty();
			}
			if (terminates.get()) {
				return Optional.of(cors);
			}
		}
		return Optional.empty();
	}

	private static String message(EffectiveElement later, EffectiveElement first, boolean profileDefault) {
		String why = first.element().attribute(CorsElements.TERMINATE).isPresent()
				? "terminate-unmatched-request=\"true\""
				: "terminate-unmatched-request left out, which the profile takes as " + profileDefault;
		List<String> unheard = unheardOrigins(later, first);
		String lost = unheard.isEmpty() ? "" : "; origins listed only here (" + String.join(", ", unheard)
				+ ") are never allowed";
		return "cors at " + later.provenance().location() + " never applies " + FindingCollector.CONTEXTS
				+ ": the cors at " + first.provenance().location() + " (" + first.provenance().scope()
				+ ") runs first and ends every request whose origin it does not allow (" + why + ")" + lost + ".";
	}

	private static List<String> unheardOrigins(EffectiveElement later, EffectiveElement first) {
		Set<String> heard = new TreeSet<>();
		CorsElements.origins(first.element()).forEach((origin) -> heard.add(origin.toLowerCase(Locale.ROOT)));
		List<String> unheard = new ArrayList<>();
		if (heard.contains("*")) {
			return unheard;
		}
		for (String origin : CorsElements.origins(later.element())) {
			if (!heard.contains(origin.toLowerCase(Locale.ROOT))) {
				unheard.add(origin);
			}
		}
		return unheard;
	}

}
