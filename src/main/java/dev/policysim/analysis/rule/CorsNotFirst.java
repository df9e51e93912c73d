package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.Inbound;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.PolicyContext;

/**
 * {@code cors-not-first}: in an effective inbound, a policy that can end the request
 * ({@link RequestEnders}) runs before the first cors. Its answer (a 429, a 401) carries no CORS
 * headers, and the browser shows a CORS error instead. Reported once per offending source
 * element, however many contexts it runs in.
 *
 * <pre>{@code
 * bad:  <inbound><rate-limit calls="5" renewal-period="60" /><base /></inbound>   (the cors is global)
 * good: <inbound><base /><rate-limit calls="5" renewal-period="60" /></inbound>
 * }</pre>
 */
public final class CorsNotFirst implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-not-first", Severity.ERROR,
			"A policy that can end the request runs before cors",
			"Microsoft's cors reference warns that behaviour is unexpected when cors is not the first policy of "
					+ "inbound. A rate-limit, quota, validate-jwt, check-header, ip-filter, return-response or "
					+ "mock-response before it ends the request with its own answer before cors has run, so that "
					+ "answer carries no Access-Control-Allow-Origin: the browser reports a CORS error and hides "
					+ "the real status, and the script cannot tell a 429 to retry from a broken deployment. Broader "
					+ "scopes run where <base/> stands, so a product's rate-limit above <base/> runs before a "
					+ "global cors.",
			List.of(References.CORS, References.ERRORS, References.RATE_LIMIT),
			"""
					<!-- products/starter/policy.xml; the cors is global -->
					<inbound>
					  <rate-limit calls="5" renewal-period="60" />
					  <quota calls="100" renewal-period="604800" />
					  <base />
					</inbound>""",
			"""
					<inbound>
					  <base />
					  <rate-limit calls="5" renewal-period="60" />
					  <quota calls="100" renewal-period="604800" />
					</inbound>""",
			"Move the policy after <base /> (when the cors comes from a broader scope) or after the cors element, "
					+ "so cors is the first policy that runs in inbound.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		// a scope's elements are shared by every context it takes part in: judge each instance once
		Map<EffectiveElement, Optional<String>> answers = new IdentityHashMap<>();
		Map<EffectiveElement, Offense> offenses = new IdentityHashMap<>();
		for (Inbound inbound : input.inbounds()) {
			if (inbound.firstCorsIndex() <= 0) {
				continue;
			}
			List<EffectiveElement> elements = inbound.elements();
			for (int i = 0; i < inbound.firstCorsIndex(); i++) {
				EffectiveElement element = elements.get(i);
				Optional<String> answer = answers.computeIfAbsent(element, (key) -> RequestEnders.answer(key.element()));
				if (answer.isPresent()) {
					EffectiveElement cors = elements.get(inbound.firstCorsIndex());
					offenses.computeIfAbsent(element, (key) -> new Offense(key, cors, answer.get())).contexts
						.add(inbound.context());
				}
			}
		}
		for (Offense offense : offenses.values()) {
			findings.report(INFO, INFO.severity(), FindingLocation.of(offense.element), offense.contexts,
					offense.element.name() + " at " + offense.element.provenance().location()
							+ " runs before the first cors (" + offense.cors.provenance().location() + ") "
							+ FindingCollector.CONTEXTS + "; when it ends the request (" + offense.answer
							+ "), the answer carries no CORS headers and the browser shows a CORS error instead.",
					INFO.fix());
		}
	}

	/** One element that can end the request before cors, and where. */
	private static final class Offense {

		private final EffectiveElement element;

		private final EffectiveElement cors;

		private final String answer;

		private final List<PolicyContext> contexts = new ArrayList<>();

		Offense(EffectiveElement element, EffectiveElement cors, String answer) {
			this.element = element;
			this.cors = cors;
			this.answer = answer;
		}

	}

}
