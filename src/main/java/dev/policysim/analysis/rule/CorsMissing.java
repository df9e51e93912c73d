package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import dev.policysim.effective.Scope;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Api;

/**
 * {@code cors-missing}: an API whose effective inbound has no cors in some context (an operation
 * under a product, or under none) while other APIs or contexts of the workspace have one. A
 * workspace where no effective inbound holds a cors may serve only servers and is left alone.
 * Reported once per API, at the API's {@code <inbound>} (the root element when the file has no
 * inbound, line 1 when there is no file), where one would add the cors. Only cors elements that
 * are direct children of inbound count, as only those answer preflights.
 *
 * <pre>{@code
 * bad:  apis/orders/policy.xml: <inbound><base /></inbound>   (and no cors at global or product scope)
 * good: apis/orders/policy.xml: <inbound><cors>...</cors><base /></inbound>
 * }</pre>
 */
public final class CorsMissing implements Rule {

	private static final RuleInfo INFO = new RuleInfo("cors-missing", Severity.WARNING,
			"Browsers calling this API get no CORS headers",
			"Without a cors policy in the pipeline, the gateway sends no Access-Control-Allow-Origin header: a "
					+ "preflight gets no approval, and the browser hides every answer from the script, even a good "
					+ "200, behind a CORS error. A cors at one API's scope does nothing for another API, and a "
					+ "product's cors does nothing for calls in another product or in none. The rule fires only when "
					+ "other APIs or contexts of the workspace have a cors, so the workspace does serve browsers.",
			List.of(References.CORS, References.CORS_PORTAL),
			"""
					<!-- apis/orders/policy.xml; the global policy has no cors, the catalog API has its own -->
					<policies>
					  <inbound>
					    <base />
					  </inbound>
					</policies>""",
			"""
					<!-- policy.xml: one cors at global scope serves every API -->
					<policies>
					  <inbound>
					    <cors terminate-unmatched-request="false">
					      <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					    </cors>
					  </inbound>
					</policies>""",
			"Add a cors policy as the first element of the API's <inbound>, or (better, for every API at once) "
					+ "at global scope with <base /> kept in the narrower scopes.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		Optional<Example> example = Optional.empty();
		Map<String, List<PolicyContext>> lacking = new LinkedHashMap<>();
		for (Inbound inbound : input.inbounds()) {
			if (inbound.firstCorsIndex() < 0) {
				lacking.computeIfAbsent(inbound.context().api(), (api) -> new ArrayList<>()).add(inbound.context());
			}
			else if (example.isEmpty()) {
				example = Optional.of(new Example(inbound.elements().get(inbound.firstCorsIndex()), inbound.context()));
			}
		}
		if (example.isEmpty()) {
			return;
		}
		for (Map.Entry<String, List<PolicyContext>> api : lacking.entrySet()) {
			findings.report(INFO, INFO.severity(), location(input, api.getKey()), api.getValue(),
					"No cors runs " + FindingCollector.CONTEXTS + ", while "
							+ example.get().describe() + "; browsers get no Access-Control-Allow-Origin header from it "
							+ "and block every answer, even a 200.",
					"Add a cors policy as the first element of <inbound> in apis/" + api.getKey()
							+ "/policy.xml, or put one cors at global scope and keep <base /> everywhere below.");
		}
	}

	/** The API's {@code <inbound>}, its root element, or line 1 of the file it would have. */
	private static FindingLocation location(AnalysisInput input, String apiName) {
		Optional<PolicyDocument> document = input.api(apiName).flatMap(Api::policy);
		Position position = document
			.map((value) -> value.section(SectionName.INBOUND).orElse(value.root()).position())
			.orElse(Position.START);
		String file = document.map(PolicyDocument::file).orElse("apis/" + apiName + "/policy.xml");
		return new FindingLocation(file, position, Optional.of(Scope.of(ScopeKind.API, apiName)));
	}

	/** A cors that runs elsewhere, named in the message so the reader sees the workspace serves browsers. */
	private record Example(EffectiveElement cors, PolicyContext context) {

		String describe() {
			return "cors at " + this.cors.provenance().location() + " (" + this.cors.provenance().scope()
					+ ") runs for " + this.context;
		}

	}

}
