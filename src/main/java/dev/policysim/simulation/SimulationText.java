package dev.policysim.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.workspace.LoadProblem;

/**
 * Writes a simulation report as a short incident report, one block per request: when and what was
 * sent, the outcome against the goal, the sentence that sets what the browser shows against what
 * the gateway did, the console line, and the causes with their fixes and patches. Stateless and
 * safe to share between threads.
 */
public final class SimulationText {

	private static final String INDENT = "    ";

	/**
	 * The report as text.
	 * @param report the report
	 * @return the text, ending with a newline
	 */
	public String write(SimulationReport report) {
		StringBuilder text = new StringBuilder();
		text.append("Scenario: ").append(report.scenario().name()).append('\n');
		if (!report.scenario().description().isBlank()) {
			text.append(report.scenario().description()).append('\n');
		}
		text.append(profile(report.scenario().profile())).append('\n');
		for (LoadProblem problem : report.problems()) {
			text.append("Warning: ").append(problem.file()).append(':').append(problem.position()).append(": ")
				.append(problem.message()).append(" (the simulation ran without this file)\n");
		}
		Set<Patch> shown = new HashSet<>();
		for (RequestResult result : report.results()) {
			text.append('\n');
			block(text, result, shown);
		}
		Summary summary = report.summary();
		text.append('\n').append(summary.requests()).append(summary.requests() == 1 ? " request: " : " requests: ")
			.append(summary.delivered()).append(" delivered, ").append(summary.blocked()).append(" blocked; ")
			.append(summary.expectationsFailed() == 0 ? "every expectation met."
					: summary.expectationsFailed() + (summary.expectationsFailed() == 1 ? " expectation" : " expectations")
							+ " not met.")
			.append('\n');
		return text.toString();
	}

	private static String profile(GatewayProfile profile) {
		return "Gateway profile " + profile.name() + ": terminateUnmatchedDefault=" + profile.terminateUnmatchedDefault()
				+ ", corsHeadersOnLaterErrors=" + profile.corsHeadersOnLaterErrors() + ", subscriptionCheckBeforePolicies="
				+ profile.subscriptionCheckBeforePolicies() + " (assumptions; see gateway.md §9)";
	}

	private static void block(StringBuilder text, RequestResult result, Set<Patch> shown) {
		text.append("== ").append(result.request().name()).append(", repeat ").append(result.repeat()).append(", at ")
			.append(SimulationJson.seconds(result.at()).toPlainString()).append(" s: ")
			.append(result.outcome().jsonName().toUpperCase(Locale.ROOT))
			.append(result.verdict().status().map((status) -> " " + status).orElse(""));
		result.request().expect().ifPresent((expected) -> text.append(result.expectationMet()
				? " (as expected)" : " (expected " + expected.jsonName() + ": NOT MET)"));
		text.append('\n');
		text.append(INDENT).append(result.request().method()).append(' ').append(result.request().url())
			.append(" from ").append(result.request().page().serialize()).append('\n');
		result.preflight().ifPresent((preflight) -> text.append(INDENT).append("Preflight: ")
			.append(preflight.fromCache() ? "from the browser's cache" : preflight.exchange().map(SimulationText::trip)
				.orElse("not sent"))
			.append('\n'));
		result.actual().ifPresent((actual) -> text.append(INDENT).append("Request: ").append(trip(actual)).append('\n'));
		text.append(INDENT).append(result.diagnosis().headline()).append('\n');
		result.verdict().console().ifPresent((console) -> text.append(INDENT).append("Console: ").append(console)
			.append('\n'));
		causes(text, result.diagnosis().causes(), shown);
	}

	private static String trip(GatewayExchange exchange) {
		String route = exchange.route()
			.map((found) -> ", API " + found.api() + found.operation().map((operation) -> ", operation " + operation).orElse("")
					+ found.product().map((product) -> ", product " + product).orElse(", no product"))
			.orElse("");
		return "the gateway answered " + exchange.response().status() + " ("
				+ exchange.answeredBy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + route + ")";
	}

	private static void causes(StringBuilder text, List<Cause> causes, Set<Patch> shown) {
		if (causes.isEmpty()) {
			return;
		}
		text.append(INDENT).append("Causes:\n");
		for (int i = 0; i < causes.size(); i++) {
			Cause cause = causes.get(i);
			String where = cause.location().map((location) -> " at " + location.file() + ":" + location.position())
				.orElse(" (the gateway itself)");
			text.append(INDENT).append(i + 1).append(". ").append(cause.rule()).append(where).append(" [")
				.append(cause.severity().jsonName()).append("]: ").append(cause.message()).append('\n');
			text.append(INDENT).append("   Fix: ").append(cause.fix()).append('\n');
			for (Patch patch : cause.patches()) {
				text.append(INDENT).append("   Patch for ").append(patch.file());
				if (!shown.add(patch)) {
					text.append(": as above\n");
					continue;
				}
				text.append(":\n");
				patch.diff().lines().forEach((line) -> text.append(INDENT).append("     ").append(line).append('\n'));
			}
		}
	}

}
