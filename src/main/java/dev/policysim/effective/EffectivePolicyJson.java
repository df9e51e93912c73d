package dev.policysim.effective;

import java.util.Optional;

import dev.policysim.policy.PolicyXmlWriter;
import dev.policysim.policy.SectionName;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an effective policy as the JSON of formats.md §5: {@code api}, {@code operation},
 * {@code product}, {@code sections} (each policy with its {@code scope}, {@code scopeName},
 * {@code file}, {@code line}, {@code column} and {@code xml}) and {@code cutOff}.
 *
 * <p>Optional extras: a policy from a fragment has {@code fragment} ({@code id} and the
 * {@code includedAt} location of the include), {@code nestedFragments} when fragments were inlined
 * further down its tree, and {@code namedValues} when named values were substituted into it; a
 * cut-off has the {@code cause} location of the section without {@code <base/>}; {@code problems}
 * lists what the calculation met ({@code rule}, {@code message}, scope and location). Immutable and
 * safe to share between threads.
 */
public final class EffectivePolicyJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final PolicyXmlWriter xml = new PolicyXmlWriter();

	/**
	 * The effective policy as pretty-printed JSON.
	 * @param policy the effective policy
	 * @return the JSON text
	 */
	public String write(EffectivePolicy policy) {
		return MAPPER.writeValueAsString(toJson(policy));
	}

	/**
	 * The effective policy as a JSON tree, for adapters that embed it in a larger answer.
	 * @param policy the effective policy
	 * @return a new tree
	 */
	public ObjectNode toJson(EffectivePolicy policy) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("api", policy.context().api());
		putOptional(json, "operation", policy.context().operation());
		putOptional(json, "product", policy.context().product());
		ObjectNode sections = json.putObject("sections");
		for (SectionName section : SectionName.values()) {
			ArrayNode elements = sections.putArray(section.xmlName());
			policy.elements(section).forEach((element) -> elements.add(element(element)));
		}
		ArrayNode cutOffs = json.putArray("cutOff");
		policy.cutOffs().forEach((cutOff) -> cutOffs.add(cutOff(cutOff)));
		ArrayNode problems = json.putArray("problems");
		policy.problems().forEach((problem) -> problems.add(problem(problem)));
		return json;
	}

	private ObjectNode element(EffectiveElement element) {
		Provenance provenance = element.provenance();
		ObjectNode json = MAPPER.createObjectNode();
		json.put("policy", element.name());
		putScope(json, provenance.scope());
		putLocation(json, provenance.location());
		json.put("xml", this.xml.write(element.element()));
		provenance.fragment().ifPresent((fragment) -> json.set("fragment", fragment(fragment)));
		if (!provenance.nestedFragments().isEmpty()) {
			ArrayNode nested = json.putArray("nestedFragments");
			provenance.nestedFragments().forEach((fragment) -> nested.add(fragment(fragment)));
		}
		if (!provenance.namedValues().isEmpty()) {
			ArrayNode namedValues = json.putArray("namedValues");
			for (NamedValueUse use : provenance.namedValues()) {
				namedValues.addObject().put("name", use.name()).put("file", use.file()).put("secret", use.secret());
			}
		}
		return json;
	}

	private static ObjectNode fragment(FragmentOrigin fragment) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("id", fragment.fragment());
		putLocation(json.putObject("includedAt"), fragment.includedAt());
		return json;
	}

	private static ObjectNode cutOff(CutOff cutOff) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("section", cutOff.section().xmlName());
		putScope(json, cutOff.scope());
		json.put("because", cutOff.because());
		putLocation(json.putObject("cause"), cutOff.cause());
		return json;
	}

	private static ObjectNode problem(CalculationProblem problem) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("rule", problem.rule());
		json.put("message", problem.message());
		putScope(json, problem.scope());
		putLocation(json, problem.location());
		return json;
	}

	private static void putScope(ObjectNode json, Scope scope) {
		json.put("scope", scope.kind().label());
		putOptional(json, "scopeName", scope.name());
	}

	private static void putLocation(ObjectNode json, SourceLocation location) {
		json.put("file", location.file());
		json.put("line", location.line());
		json.put("column", location.column());
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
