package dev.policysim.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.gateway.TraceStep;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;
import dev.policysim.simulation.cause.Cause;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.workspace.LoadProblem;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a simulation report as the JSON of formats.md §3, with these optional extras: the
 * scenario's {@code description}; per request its {@code page} and {@code headline} (the report's
 * one-sentence explanation); per exchange who answered ({@code answeredBy}) and the {@code route}
 * (API, operation, product); per cause its {@code fix} and {@code patches} ({@code file},
 * {@code diff}, {@code text}); {@code workspaceProblems}, the files the simulation ran without.
 * Stateless and safe to share between threads.
 */
public final class SimulationJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * The report as pretty-printed JSON.
	 * @param report the report
	 * @return the JSON text
	 */
	public String write(SimulationReport report) {
		return MAPPER.writeValueAsString(toJson(report));
	}

	/**
	 * The report as a JSON tree, for adapters that embed it in a larger answer.
	 * @param report the report
	 * @return a new tree
	 */
	public ObjectNode toJson(SimulationReport report) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("scenario", report.scenario().name());
		json.put("description", report.scenario().description());
		profile(json.putObject("profile"), report.scenario().profile());
		ArrayNode requests = json.putArray("requests");
		report.results().forEach((result) -> requests.add(request(result)));
		ObjectNode summary = json.putObject("summary");
		summary.put("requests", report.summary().requests());
		summary.put("delivered", report.summary().delivered());
		summary.put("blocked", report.summary().blocked());
		summary.put("expectationsFailed", report.summary().expectationsFailed());
		ArrayNode problems = json.putArray("workspaceProblems");
		report.problems().forEach((problem) -> problems.add(problem(problem)));
		return json;
	}

	private static void profile(ObjectNode json, GatewayProfile profile) {
		json.put("name", profile.name());
		json.put("terminateUnmatchedDefault", profile.terminateUnmatchedDefault());
		json.put("corsHeadersOnLaterErrors", profile.corsHeadersOnLaterErrors());
		json.put("subscriptionCheckBeforePolicies", profile.subscriptionCheckBeforePolicies());
	}

	private static ObjectNode request(RequestResult result) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("name", result.request().name());
		json.put("index", result.request().index());
		json.put("repeat", result.repeat());
		json.put("at", seconds(result.at()));
		json.put("page", result.request().page().serialize());
		exchanges(json, result);
		json.put("outcome", result.outcome().jsonName());
		putOptional(json, "corsError", result.verdict().failure().map((failure) -> failure.error().chromiumName()));
		putOptional(json, "console", result.verdict().console());
		if (result.verdict().status().isPresent()) {
			json.put("status", result.verdict().status().get());
		}
		else {
			json.putNull("status");
		}
		json.set("readable", headers(readable(result)));
		json.put("headline", result.diagnosis().headline());
		ArrayNode causes = json.putArray("causes");
		result.diagnosis().causes().forEach((cause) -> causes.add(cause(cause)));
		if (result.request().expect().isPresent()) {
			ObjectNode expectation = json.putObject("expectation");
			expectation.put("expected", result.request().expect().get().jsonName());
			expectation.put("met", result.expectationMet());
		}
		else {
			json.putNull("expectation");
		}
		return json;
	}

	/** {@code preflight} ({@code fromCache}, and the exchange when sent) and {@code actual}, {@code null} when not sent. */
	private static void exchanges(ObjectNode json, RequestResult result) {
		if (result.preflight().isEmpty()) {
			json.putNull("preflight");
		}
		else {
			ObjectNode preflight = json.putObject("preflight");
			preflight.put("fromCache", result.preflight().get().fromCache());
			result.preflight().get().exchange().ifPresent((exchange) -> exchange(preflight, exchange));
		}
		if (result.actual().isEmpty()) {
			json.putNull("actual");
		}
		else {
			exchange(json.putObject("actual"), result.actual().get());
		}
	}

	/** The headers of {@code read} that the script can read, as the scenario spells them. */
	private static HttpHeaders readable(RequestResult result) {
		HttpHeaders readable = HttpHeaders.EMPTY;
		for (String name : result.request().read()) {
			Optional<String> value = result.verdict().readable().get(name);
			if (value.isPresent()) {
				readable = readable.with(name, value.get());
			}
		}
		return readable;
	}

	private static void exchange(ObjectNode json, GatewayExchange exchange) {
		json.set("request", request(exchange.request().http()));
		json.set("response", response(exchange.response()));
		json.put("answeredBy", exchange.answeredBy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		exchange.route().ifPresentOrElse((route) -> {
			ObjectNode node = json.putObject("route");
			node.put("api", route.api());
			putOptional(node, "operation", route.operation());
			putOptional(node, "product", route.product());
		}, () -> json.putNull("route"));
		ArrayNode trace = json.putArray("trace");
		exchange.trace().forEach((step) -> trace.add(step(step)));
	}

	private static ObjectNode request(HttpRequest request) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("method", request.method());
		json.put("url", request.url());
		json.set("headers", headers(request.headers()));
		return json;
	}

	private static ObjectNode response(HttpResponse response) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("status", response.status());
		json.set("headers", headers(response.headers()));
		json.put("body", response.body());
		return json;
	}

	/** Header lines as an object; a name on several lines gets an array of its values. */
	private static ObjectNode headers(HttpHeaders headers) {
		ObjectNode json = MAPPER.createObjectNode();
		for (String name : headers.names()) {
			List<String> values = headers.all(name);
			if (values.size() == 1) {
				json.put(name, values.get(0));
			}
			else {
				ArrayNode array = json.putArray(name);
				values.forEach(array::add);
			}
		}
		return json;
	}

	private static ObjectNode step(TraceStep step) {
		ObjectNode json = MAPPER.createObjectNode();
		putOptional(json, "section", step.section().map((section) -> section.xmlName()));
		json.put("policy", step.policy());
		putScope(json, step.scope());
		putLocation(json, step.location());
		json.put("outcome", step.outcome().jsonName());
		json.put("detail", step.detail());
		json.put("basis", step.basis().jsonName());
		return json;
	}

	private static ObjectNode cause(Cause cause) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("rule", cause.rule());
		json.put("severity", cause.severity().jsonName());
		json.put("message", cause.message());
		putLocation(json, cause.location());
		putScope(json, cause.scope());
		json.put("fix", cause.fix());
		ArrayNode patches = json.putArray("patches");
		for (Patch patch : cause.patches()) {
			patches.addObject().put("file", patch.file()).put("diff", patch.diff()).put("text", patch.text());
		}
		return json;
	}

	private static ObjectNode problem(LoadProblem problem) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("kind", problem.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		json.put("file", problem.file());
		json.put("line", problem.position().line());
		json.put("column", problem.position().column());
		json.put("message", problem.message());
		return json;
	}

	private static void putScope(ObjectNode json, Optional<Scope> scope) {
		putOptional(json, "scope", scope.map((found) -> found.kind().label()));
		putOptional(json, "scopeName", scope.flatMap(Scope::name));
	}

	private static void putLocation(ObjectNode json, Optional<SourceLocation> location) {
		putOptional(json, "file", location.map(SourceLocation::file));
		if (location.isPresent()) {
			json.put("line", location.get().line());
			json.put("column", location.get().column());
		}
		else {
			json.putNull("line");
			json.putNull("column");
		}
	}

	private static void putOptional(ObjectNode json, String name, Optional<String> value) {
		if (value.isPresent()) {
			json.put(name, value.get());
		}
		else {
			json.putNull(name);
		}
	}

	/** Seconds with millisecond precision, as a JSON number like {@code 5.0}. */
	static BigDecimal seconds(Duration duration) {
		BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
		return seconds.setScale(Math.max(1, seconds.scale()));
	}

}
