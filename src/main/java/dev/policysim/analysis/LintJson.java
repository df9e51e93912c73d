package dev.policysim.analysis;

import java.util.Optional;

import dev.policysim.effective.PolicyContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a lint report as the JSON of formats.md §5: {@code findings} (each with {@code rule},
 * {@code severity}, {@code message}, {@code file}, {@code line}, {@code column}, {@code scope},
 * {@code scopeName}, {@code context} and {@code fix}) and {@code summary}. Extras: each finding's
 * {@code contexts} (every context where it bites; {@code context} is the first, {@code null} when
 * the problem does not depend on the request), and the number of findings {@code exempted} by
 * comments. Stateless and safe to share between threads.
 */
public final class LintJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * The report as pretty-printed JSON.
	 * @param report the report
	 * @return the JSON text
	 */
	public String write(LintReport report) {
		return MAPPER.writeValueAsString(toJson(report));
	}

	/**
	 * The report as a JSON tree, for adapters that embed it.
	 * @param report the report
	 * @return a new tree
	 */
	public ObjectNode toJson(LintReport report) {
		ObjectNode json = MAPPER.createObjectNode();
		ArrayNode findings = json.putArray("findings");
		report.findings().forEach((finding) -> findings.add(finding(finding)));
		ObjectNode summary = json.putObject("summary");
		summary.put("error", report.summary().error());
		summary.put("warning", report.summary().warning());
		summary.put("info", report.summary().info());
		json.put("exempted", report.exempted());
		return json;
	}

	private static ObjectNode finding(Finding finding) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("rule", finding.rule());
		json.put("severity", finding.severity().label());
		json.put("message", finding.message());
		json.put("file", finding.file());
		json.put("line", finding.line());
		json.put("column", finding.column());
		putOptional(json, "scope", finding.scope().map((scope) -> scope.kind().label()));
		putOptional(json, "scopeName", finding.scope().flatMap((scope) -> scope.name()));
		if (finding.context().isPresent()) {
			json.set("context", context(finding.context().get()));
		}
		else {
			json.putNull("context");
		}
		json.put("fix", finding.fix());
		ArrayNode contexts = json.putArray("contexts");
		finding.contexts().forEach((context) -> contexts.add(context(context)));
		return json;
	}

	private static ObjectNode context(PolicyContext context) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("api", context.api());
		putOptional(json, "operation", context.operation());
		putOptional(json, "product", context.product());
		return json;
	}

	private static void putOptional(ObjectNode json, String name, Optional<String> value) {
		if (value.isPresent()) {
			json.put(name, value.get());
		}
		else {
			json.putNull(name);
		}
	}

}
