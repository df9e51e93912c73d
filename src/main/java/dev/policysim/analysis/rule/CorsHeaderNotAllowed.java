package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;

/**
 * {@code cors-header-not-allowed}: a header the API needs from browsers is missing from
 * {@code allowed-headers} of the cors that answers its preflights (the first direct cors of the
 * effective inbound): the API's renamed subscription-key header (the default
 * {@code Ocp-Apim-Subscription-Key} is allowed without listing), the header a {@code validate-jwt}
 * or {@code validate-azure-ad-token} reads the token from ({@code Authorization}), and a header a
 * {@code check-header} requires. Only policies standing directly in the effective inbound count
 * (one inside a {@code choose} may apply to other callers); headers the browser sets itself and
 * CORS-safelisted ones are not judged. Reported once per cors, naming each header and who needs it.
 *
 * <pre>{@code
 * bad:  <allowed-headers><header>Content-Type</header></allowed-headers>   (the key header is api-key)
 * good: <allowed-headers><header>Content-Type</header><header>api-key</header></allowed-headers>
 * }</pre>
 */
public final class CorsHeaderNotAllowed implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-header-not-allowed", Severity.ERROR,
			"A header the API needs is not in allowed-headers",
			"Before a browser sends a request with a header outside the CORS-safelisted few, it asks in a "
					+ "preflight, and sends the request only if the answer's Access-Control-Allow-Headers names that "
					+ "header. The cors policy answers with allowed-headers. The subscription-key header is allowed "
					+ "without listing only under its default name, Ocp-Apim-Subscription-Key: a renamed key header "
					+ "(api-key) must be listed, as must Authorization when validate-jwt reads the token from it, and "
					+ "any header check-header requires. Otherwise the browser never sends the call and the script "
					+ "sees a CORS error.",
			List.of(References.CORS, References.SUBSCRIPTIONS, References.VALIDATE_JWT, References.CHECK_HEADER),
			"""
					<!-- the API reads its key from the header api-key -->
					<cors>
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  <allowed-headers>
					    <header>Content-Type</header>
					  </allowed-headers>
					</cors>""",
			"""
					<cors>
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  <allowed-headers>
					    <header>Content-Type</header>
					    <header>api-key</header>
					  </allowed-headers>
					</cors>""",
			"List each header the message names in the cors policy's <allowed-headers>.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		Map<String, List<NeededHeader>> byApi = new HashMap<>();
		// broader scopes' cors elements are shared between contexts: read each list once
		Map<PolicyElement, Set<String>> allowedByCors = new IdentityHashMap<>();
		Map<SourceLocation, Missing> missing = new LinkedHashMap<>();
		for (Inbound inbound : input.inbounds()) {
			List<NeededHeader> needed = (inbound.firstCorsIndex() < 0) ? List.of() : needed(input, inbound, byApi);
			if (needed.isEmpty()) {
				continue;
			}
			EffectiveElement cors = inbound.elements().get(inbound.firstCorsIndex());
			Set<String> allowed = allowedByCors.computeIfAbsent(cors.element(), CorsHeaderNotAllowed::allowed);
			if (allowed.contains("*")) {
				continue;
			}
			for (NeededHeader header : needed) {
				if (!allowed.contains(header.name().toLowerCase(Locale.ROOT))) {
					Missing entry = missing.computeIfAbsent(cors.provenance().location(), (key) -> new Missing(cors));
					entry.headers.putIfAbsent(header.name().toLowerCase(Locale.ROOT), header);
					entry.contexts.add(inbound.context());
				}
			}
		}
		missing.values().forEach((entry) -> report(entry, findings));
	}

	/** The headers a context needs: the API's, then those of the inbound's policies. */
	private static List<NeededHeader> needed(AnalysisInput input, Inbound inbound, Map<String, List<NeededHeader>> byApi) {
		String api = inbound.context().api();
		List<NeededHeader> ofApi = byApi.get(api);
		if (ofApi == null) {
			ofApi = NeededHeader.ofApi(input, api);
			byApi.put(api, ofApi);
		}
		if (!inbound.readsHeaders()) {
			return ofApi;
		}
		List<NeededHeader> needed = ofApi;
		for (EffectiveElement element : inbound.elements()) {
			Optional<NeededHeader> header = NeededHeader.ofPolicy(element);
			if (header.isPresent()) {
				needed = (needed == ofApi) ? new ArrayList<>(ofApi) : needed;
				needed.add(header.get());
			}
		}
		return needed;
	}

	private static Set<String> allowed(PolicyElement cors) {
		Set<String> allowed = new TreeSet<>();
		CorsElements.items(cors, "allowed-headers", "header").orElse(List.of())
			.forEach((header) -> allowed.add(header.strip().toLowerCase(Locale.ROOT)));
		return allowed;
	}

	private static void report(Missing entry, FindingCollector findings) {
		List<String> names = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		for (NeededHeader header : entry.headers.values()) {
			names.add(header.name());
			reasons.add(header.reason());
		}
		findings.report(INFO, INFO.severity(), FindingLocation.of(entry.cors), entry.contexts, "cors at "
				+ entry.cors.provenance().location() + " does not list " + String.join(", ", names)
				+ " in allowed-headers " + FindingCollector.CONTEXTS + ": " + String.join("; ", reasons)
				+ "; browsers refuse to send a header the preflight answer does not allow.",
				"Add " + String.join(", ", names.stream().map((name) -> "<header>" + name + "</header>").toList())
						+ " to <allowed-headers> of the cors at " + entry.cors.provenance().location() + ".");
	}

	/** The headers one cors refuses, and where. */
	private static final class Missing {

		private final EffectiveElement cors;

		private final Map<String, NeededHeader> headers = new LinkedHashMap<>();

		private final List<PolicyContext> contexts = new ArrayList<>();

		Missing(EffectiveElement cors) {
			this.cors = cors;
		}

	}

}
