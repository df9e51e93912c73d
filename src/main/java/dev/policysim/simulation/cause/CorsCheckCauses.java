package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.browser.CorsFailure;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.gateway.CorsDecision;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.workspace.Api;

/**
 * The causes of a cors that matched the origin but not the rest of the request:
 * {@code method-not-allowed} (and {@code cors-methods-default} when the list is absent),
 * {@code header-not-allowed} (and {@code cors-header-not-allowed} for a header the API needs from
 * browsers), {@code credentials-not-allowed}.
 */
final class CorsCheckCauses {

	private final Analysis analysis;

	CorsCheckCauses(Analysis analysis) {
		this.analysis = analysis;
	}

	List<Cause> method(Trip trip, RequestFacts facts) {
		Optional<CorsDecision> decision = trip.matched();
		if (decision.isEmpty()) {
			return List.of();
		}
		CorsElement cors = new CorsElement(decision.get().element());
		String method = facts.verdict().firstPreflight().map((step) -> step.request().method())
			.orElse(facts.request().method());
		List<Patch> patches = this.analysis.patch("method " + cors.location() + " " + method,
				() -> this.analysis.fixes().addToList(cors.location().file(), cors.element(), "allowed-methods", "method",
						List.of(method), List.of("GET", "POST")));
		String fix = "Add <method>" + method + "</method> to <allowed-methods> of the cors at "
				+ Analysis.place(cors.location()) + ".";
		List<Cause> causes = new ArrayList<>();
		String listed = cors.methods().map((methods) -> "its allowed-methods list " + String.join(", ", methods))
			.orElse("it has no allowed-methods, so only GET and POST pass");
		causes.add(Analysis.at(cors.effective(), "method-not-allowed", Severity.ERROR, "the method " + method
				+ " is not allowed by the cors at " + Analysis.place(cors.location()) + ": " + listed, fix, patches));
		if (cors.methods().isEmpty()) {
			causes.add(Analysis.at(cors.effective(), "cors-methods-default", Severity.WARNING,
					"the cors at " + Analysis.place(cors.location())
							+ " leaves out allowed-methods, which allows only GET and POST",
					"List every method browsers call in <allowed-methods>.", patches));
		}
		return causes;
	}

	List<Cause> headers(Trip trip, RequestFacts facts) {
		Optional<CorsDecision> decision = trip.matched();
		if (decision.isEmpty()) {
			return List.of();
		}
		CorsElement cors = new CorsElement(decision.get().element());
		List<String> refused = refused(decision.get(), facts);
		if (refused.isEmpty()) {
			return List.of();
		}
		List<Patch> patches = this.analysis.patch("headers " + cors.location() + " " + refused,
				() -> this.analysis.fixes().addToList(cors.location().file(), cors.element(), "allowed-headers",
						"header", refused, List.of()));
		List<Cause> causes = new ArrayList<>();
		for (String header : refused) {
			causes.add(Analysis.at(cors.effective(), "header-not-allowed", Severity.ERROR, "the requested header "
					+ header + " is not in the allowed-headers of the cors at " + Analysis.place(cors.location()),
					"Add <header>" + header + "</header> to <allowed-headers> of the cors at "
							+ Analysis.place(cors.location()) + ".",
					patches));
		}
		for (String header : refused) {
			needed(trip, header).ifPresent((why) -> causes.add(Analysis.at(cors.effective(), "cors-header-not-allowed",
					Severity.ERROR, why, "Add <header>" + header + "</header> to <allowed-headers> of the cors at "
							+ Analysis.place(cors.location()) + ".",
					patches)));
		}
		return causes;
	}

	List<Cause> credentials(Trip trip) {
		Optional<CorsDecision> decision = trip.matched();
		if (decision.isEmpty() || decision.get().credentialsAllowed()) {
			return List.of();
		}
		CorsElement cors = new CorsElement(decision.get().element());
		String fix = cors.anyOrigin()
				? "Name the trusted origins in <allowed-origins> instead of *, then set allow-credentials=\"true\" on the cors at "
						+ Analysis.place(cors.location()) + "."
				: "Set allow-credentials=\"true\" on the cors at " + Analysis.place(cors.location())
						+ " (or send the request without credentials).";
		List<Patch> patches = cors.anyOrigin() ? List.of()
				: this.analysis.patch("credentials " + cors.location(), () -> this.analysis.fixes()
					.setAttribute(cors.location().file(), cors.element().position(), "allow-credentials", "true"));
		return List.of(Analysis.at(cors.effective(), "credentials-not-allowed", Severity.ERROR,
				"the " + trip.noun() + " is made with credentials: 'include', but the cors at "
						+ Analysis.place(cors.location()) + " does not allow credentials (allow-credentials is false), "
						+ "so the answer lacks Access-Control-Allow-Credentials: true",
				fix, patches));
	}

	/** The refused headers as the script spelled them. */
	private static List<String> refused(CorsDecision decision, RequestFacts facts) {
		List<String> lower = new ArrayList<>(decision.headersRefused());
		if (lower.isEmpty()) {
			facts.verdict().failure().map(CorsFailure::failedParameter).filter((name) -> !name.isEmpty())
				.ifPresent(lower::add);
		}
		List<String> spelled = new ArrayList<>();
		for (String name : lower) {
			spelled.add(facts.request().headers().names().stream().filter((written) -> written.equalsIgnoreCase(name))
				.findFirst().orElse(name));
		}
		return spelled;
	}

	/** Why the API needs a header from browsers: its renamed key header, or a policy that reads it. */
	private Optional<String> needed(Trip trip, String header) {
		if (trip.policy().isEmpty()) {
			return Optional.empty();
		}
		EffectivePolicy policy = trip.policy().get();
		Optional<Api> api = this.analysis.pipelines().workspace().api(policy.context().api());
		if (api.isPresent() && api.get().keyNames().headerRenamed() && api.get().keyNames().header().equalsIgnoreCase(header)) {
			return Optional.of(header + " is API " + api.get().name()
					+ "'s renamed subscription-key header, which cors allows only when it is listed");
		}
		for (EffectiveElement element : policy.elements(SectionName.INBOUND)) {
			for (PolicyElement nested : element.element().descendantsAndSelf()) {
				Optional<String> reads = reads(nested);
				if (reads.isPresent() && reads.get().equalsIgnoreCase(header)) {
					return Optional.of(nested.name() + " at " + element.provenance().location().file() + ":"
							+ nested.position() + " reads " + header + " from the request, so browsers must be allowed to send it");
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> reads(PolicyElement element) {
		return switch (element.name().toLowerCase(Locale.ROOT)) {
			case "validate-jwt" -> element.attribute("header-name")
				.or(() -> element.attribute("query-parameter-name").isPresent() ? Optional.empty()
						: Optional.of("Authorization"));
			case "check-header" -> element.attribute("name");
			default -> Optional.empty();
		};
	}

}
