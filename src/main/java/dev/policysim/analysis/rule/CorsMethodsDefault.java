package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
import dev.policysim.workspace.Operation;

/**
 * {@code cors-methods-default}: the cors that answers an operation's preflights (the first direct
 * cors of its effective inbound) has no {@code allowed-methods}, so only GET and POST pass, and
 * the operation uses another method. HEAD needs no listing (browsers treat it as a simple method);
 * OPTIONS operations are {@code options-operation-bypass}'s business. Reported once per cors,
 * naming every method and operation refused.
 *
 * <pre>{@code
 * bad:  <cors><allowed-origins>...</allowed-origins></cors>   (the API has DELETE /orders/{id})
 * good: <cors>
 *         <allowed-origins>...</allowed-origins>
 *         <allowed-methods><method>GET</method><method>DELETE</method></allowed-methods>
 *       </cors>
 * }</pre>
 */
public final class CorsMethodsDefault implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-methods-default", Severity.WARNING,
			"cors without allowed-methods refuses the API's other methods",
			"allowed-methods is optional in the cors policy, but \"if absent, only GET and POST are allowed\". A "
					+ "browser asks in a preflight before it sends PUT, PATCH or DELETE cross-origin; without that "
					+ "method in the answer it refuses to send the request and the script sees a CORS error, while "
					+ "the same call from a server or from Postman works.",
			List.of(References.CORS, References.FETCH_CORS),
			"""
					<cors>
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  <allowed-headers><header>Content-Type</header></allowed-headers>
					</cors>""",
			"""
					<cors>
					  <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					  <allowed-methods>
					    <method>GET</method>
					    <method>POST</method>
					    <method>DELETE</method>
					  </allowed-methods>
					  <allowed-headers><header>Content-Type</header></allowed-headers>
					</cors>""",
			"Add <allowed-methods> listing every method the API's operations use (or <method>*</method>).");

	/** GET, HEAD and POST are CORS-safelisted: browsers send them without asking for the method. */
	private static final Set<String> NEED_NO_LISTING = Set.of("GET", "HEAD", "POST", "OPTIONS", "");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		Map<SourceLocation, Refused> refused = new LinkedHashMap<>();
		// broader scopes' cors elements are shared between contexts: judge each once
		Map<PolicyElement, Boolean> listsMethods = new IdentityHashMap<>();
		for (Inbound inbound : input.inbounds()) {
			Optional<Operation> operation = inbound.operation();
			// Operation keeps methods in upper case
			if (operation.isEmpty() || NEED_NO_LISTING.contains(operation.get().method())) {
				continue;
			}
			PolicyContext context = inbound.context();
			Optional<EffectiveElement> cors = inbound.firstCors();
			if (cors.isEmpty() || listsMethods.computeIfAbsent(cors.get().element(),
					(element) -> element.element("allowed-methods").isPresent())) {
				continue;
			}
			Refused entry = refused.computeIfAbsent(cors.get().provenance().location(), (key) -> new Refused(cors.get()));
			entry.add(operation.get(), context);
		}
		for (Refused entry : refused.values()) {
			findings.report(INFO, INFO.severity(), FindingLocation.of(entry.cors), entry.contexts, "cors at "
					+ entry.cors.provenance().location() + " has no allowed-methods, so its preflight answer allows only "
					+ "GET and POST; browsers refuse to send " + entry.describe() + " " + FindingCollector.CONTEXTS + ".",
					INFO.fix());
		}
	}

	/** The methods one cors refuses, with the operations (API/operation) that use them. */
	private static final class Refused {

		private static final int NAMED = 3;

		private final EffectiveElement cors;

		private final Map<String, List<String>> operations = new TreeMap<>();

		/** Operations already counted: each runs in several product contexts. */
		private final Set<Operation> seen = Collections.newSetFromMap(new IdentityHashMap<>());

		private final List<PolicyContext> contexts = new ArrayList<>();

		Refused(EffectiveElement cors) {
			this.cors = cors;
		}

		void add(Operation operation, PolicyContext context) {
			if (this.seen.add(operation)) {
				this.operations.computeIfAbsent(operation.method(), (method) -> new ArrayList<>())
					.add(context.api() + "/" + operation.name());
			}
			this.contexts.add(context);
		}

		/** "DELETE (orders/cancel-order), PATCH (4 operations: a/x, a/y, b/z and 1 more)". */
		String describe() {
			List<String> parts = new ArrayList<>();
			this.operations.forEach((method, names) -> {
				List<String> named = names.stream().limit(NAMED).toList();
				String more = (names.size() > NAMED) ? " and " + (names.size() - NAMED) + " more" : "";
				String count = (names.size() > 1) ? names.size() + " operations: " : "";
				parts.add(method + " (" + count + String.join(", ", named) + more + ")");
			});
			return String.join(", ", parts);
		}

	}

}
