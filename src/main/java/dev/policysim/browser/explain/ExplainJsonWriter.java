package dev.policysim.browser.explain;

import java.util.List;

import dev.policysim.browser.CorsFailure;
import dev.policysim.browser.CorsVerdict;
import dev.policysim.browser.Explanation;
import dev.policysim.browser.PreflightStep;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes results in formats.md §4's output shape: {@code id}, {@code preflightRequired},
 * {@code preflightRequest}, {@code outcome}, {@code corsError}, {@code failedParameter},
 * {@code console}, {@code readable}, {@code explanation}, plus {@code crossOrigin},
 * {@code preflightFromCache}, {@code status}, {@code error} and {@code fix}.
 */
public final class ExplainJsonWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ExplainJsonWriter() {
	}

	/**
	 * The results as pretty-printed JSON.
	 * @param results the results
	 * @param array whether to write an array even for one result (the input was an array)
	 * @return the JSON text
	 */
	public static String write(List<ExplainResult> results, boolean array) {
		if (!array && results.size() == 1) {
			return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(results.get(0)));
		}
		ArrayNode all = MAPPER.createArrayNode();
		results.forEach((result) -> all.add(toJson(result)));
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(all);
	}

	static ObjectNode toJson(ExplainResult result) {
		CorsVerdict verdict = result.verdict();
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", result.id());
		json.put("crossOrigin", verdict.crossOrigin());
		json.put("preflightRequired", verdict.firstPreflight().isPresent());
		if (verdict.firstPreflight().isPresent()) {
			PreflightStep step = verdict.firstPreflight().get();
			ObjectNode preflight = json.putObject("preflightRequest");
			preflight.put("Access-Control-Request-Method", step.request().method());
			step.request()
				.accessControlRequestHeaders()
				.ifPresent((names) -> preflight.put("Access-Control-Request-Headers", names));
			json.put("preflightFromCache", step.fromCache());
		}
		else {
			json.putNull("preflightRequest");
		}
		json.put("outcome", verdict.outcome().jsonName());
		json.put("corsError", verdict.failure().map((failure) -> failure.error().chromiumName()).orElse(null));
		json.put("failedParameter", verdict.failure().map(CorsFailure::failedParameter).orElse(""));
		json.put("console", verdict.console().orElse(null));
		json.put("error", verdict.scriptError().orElse(null));
		if (verdict.status().isPresent()) {
			json.put("status", verdict.status().get());
		}
		else {
			json.putNull("status");
		}
		ArrayNode readable = json.putArray("readable");
		verdict.readable().names().forEach(readable::add);
		Explanation explanation = verdict.explanation();
		json.put("explanation", explanation.why());
		json.put("fix", explanation.fix());
		return json;
	}

}
