package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.policysim.browser.CorsError;
import dev.policysim.browser.CorsFailure;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.effective.SourceLocation;
import dev.policysim.gateway.ExpressionAssumption;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.Responder;
import dev.policysim.simulation.fix.PolicyFixes;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * Explains simulated requests: from what the browser shows (its CORS error) to what the gateway
 * really did (which step answered, which cors decided what) to the configuration behind it, each
 * cause with its rule id, source element, fix and, where mechanical, patches — most direct first,
 * as the samples' READMEs list them ({@code sample-policies/README.md}, "Decisions where the spec
 * left room", 5 to 7).
 *
 * <p>One instance serves one run of a scenario: it keeps the effective policies and patches it made
 * so that a cause recurring on every repetition costs nothing the second time. Not thread-safe.
 */
public final class CauseAnalysis {

	private final Analysis analysis;

	private final MissingCorsCauses missing;

	private final GatewayErrorCauses errors;

	private final OriginCauses origins;

	private final CorsCheckCauses checks;

	private final DeliveredCauses delivered;

	/** The cause of each expression the gateway could not evaluate: the same on every request that meets it. */
	private final Map<ExpressionAssumption, Cause> assumptionCauses = new HashMap<>();

	/**
	 * An analysis for one run.
	 * @param files the workspace's files, whose text the patches edit
	 * @param workspace the workspace the gateway ran (with the scenario's subscriptions)
	 * @param profile the gateway profile in force
	 * @param trusted the page origins the scenario expects to be served, which a fix may name
	 */
	public CauseAnalysis(WorkspaceFiles files, Workspace workspace, GatewayProfile profile, List<Origin> trusted) {
		this.analysis = new Analysis(new Pipelines(workspace), new PolicyFixes(files), profile, trusted);
		this.missing = new MissingCorsCauses(this.analysis);
		this.errors = new GatewayErrorCauses(this.analysis, this.missing);
		this.origins = new OriginCauses(this.analysis);
		this.checks = new CorsCheckCauses(this.analysis);
		this.delivered = new DeliveredCauses(this.analysis);
	}

	/**
	 * Explains one request.
	 * @param facts what the browser and the gateway did
	 * @return the headline and the causes; patches only when the request's goal is not met (or it
	 * has none and was blocked), and every cause at {@code info} when it was blocked as expected
	 */
	public Diagnosis diagnose(RequestFacts facts) {
		Optional<Trip> trip = trip(facts);
		List<Cause> causes = new ArrayList<>(trip.map((found) -> causes(found, facts)).orElse(List.of()));
		causes.addAll(assumptions(facts));
		if (causes.isEmpty()) {
			// most requests: delivered as expected, nothing to explain beyond the headline
			return new Diagnosis(Headlines.of(facts, trip, List.of()), List.of());
		}
		boolean wantsFix = facts.request().expect().map((goal) -> goal != facts.verdict().outcome())
			.orElse(facts.verdict().outcome() == Outcome.BLOCKED);
		List<Cause> finished = causes.stream()
			.map((cause) -> wantsFix ? cause : cause.withoutPatches())
			.map((cause) -> facts.blockedAsExpected() ? cause.withSeverity(Severity.INFO) : cause)
			.toList();
		return new Diagnosis(Headlines.of(facts, trip, finished), finished);
	}

	/** The trip the outcome hangs on: the preflight for a preflight error, else the actual request. */
	private Optional<Trip> trip(RequestFacts facts) {
		boolean onPreflight = facts.verdict().failure().map((failure) -> failure.error().isPreflightError()).orElse(false)
				|| (facts.verdict().outcome() == Outcome.BLOCKED && facts.actual().isEmpty());
		Optional<GatewayExchange> exchange = onPreflight ? facts.preflight() : facts.actual();
		return exchange.map((found) -> new Trip(found, onPreflight, this.analysis.pipelines().of(found)));
	}

	private List<Cause> causes(Trip trip, RequestFacts facts) {
		if (facts.verdict().outcome() == Outcome.DELIVERED) {
			return this.delivered.of(trip, facts);
		}
		Optional<CorsError> error = facts.verdict().failure().map(CorsFailure::error);
		if (error.isEmpty()) {
			return List.of();
		}
		Optional<Cause> bypass = OptionsBypass.of(trip, this.analysis);
		boolean checks = error.get() == CorsError.METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE
				|| error.get() == CorsError.HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE;
		if (bypass.isPresent() && checks) {
			// The OPTIONS operation's cors adds no Allow-Methods/-Headers: the lists are not at fault.
			return List.of(bypass.get());
		}
		List<Cause> causes = new ArrayList<>(switch (error.get()) {
			case MISSING_ALLOW_ORIGIN_HEADER, PREFLIGHT_MISSING_ALLOW_ORIGIN_HEADER -> missingHeader(trip, facts);
			case METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE -> this.checks.method(trip, facts);
			case HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE -> this.checks.headers(trip, facts);
			case INVALID_ALLOW_CREDENTIALS, PREFLIGHT_INVALID_ALLOW_CREDENTIALS, WILDCARD_ORIGIN_NOT_ALLOWED,
					PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED -> this.checks.credentials(trip);
			default -> List.<Cause>of();
		});
		bypass.ifPresent(causes::add);
		return causes;
	}

	private List<Cause> missingHeader(Trip trip, RequestFacts facts) {
		GatewayExchange exchange = trip.exchange();
		if (exchange.answeredBy() == Responder.SUBSCRIPTION_CHECK) {
			return this.errors.subscription(trip, facts);
		}
		if (exchange.answeredBy() == Responder.NOT_FOUND) {
			return this.errors.notFound(trip);
		}
		if (trip.originRefused()) {
			return this.origins.of(trip, facts);
		}
		if (exchange.failure().isPresent() && !exchange.failure().get().corsRanBefore()) {
			return this.errors.failed(trip, exchange.failure().get(), facts);
		}
		if (exchange.answeredBy() == Responder.POLICY && trip.matched().isEmpty()) {
			return this.errors.terminated(trip, facts);
		}
		if (exchange.cors().isEmpty() && trip.cors().isEmpty()) {
			return this.missing.of(trip, facts);
		}
		return List.of();
	}

	private List<Cause> assumptions(RequestFacts facts) {
		List<GatewayExchange> exchanges = exchanges(facts);
		if (exchanges.stream().allMatch((exchange) -> exchange.assumptions().isEmpty())) {
			return List.of();
		}
		List<Cause> causes = new ArrayList<>();
		Set<ExpressionAssumption> seen = new HashSet<>();
		for (GatewayExchange exchange : exchanges) {
			for (ExpressionAssumption assumption : exchange.assumptions()) {
				if (seen.add(assumption)) {
					causes.add(this.assumptionCauses.computeIfAbsent(assumption, CauseAnalysis::assumption));
				}
			}
		}
		return causes;
	}

	private static List<GatewayExchange> exchanges(RequestFacts facts) {
		if (facts.preflight().isEmpty()) {
			return facts.actual().map(List::of).orElse(List.of());
		}
		return Stream.concat(facts.preflight().stream(), facts.actual().stream()).toList();
	}

	private static Cause assumption(ExpressionAssumption assumption) {
		SourceLocation location = assumption.location();
		String source = assumption.supplied() ? "the value the scenario gives under \"expressions\""
				: "an assumed value";
		return new Cause("expression-not-evaluated", assumption.supplied() ? Severity.INFO : Severity.WARNING,
				"the gateway could not evaluate " + assumption.expression() + " at " + Analysis.place(location) + " ("
						+ assumption.reason() + "); it went on with " + assumption.value() + ", " + source,
				Optional.of(location), Optional.of(ScopeOfFile.of(location.file())),
				"Check this decision on a real gateway, or give the expression's value under \"expressions\" in the "
						+ "scenario, keyed by the expression as written.",
				List.of());
	}

}
