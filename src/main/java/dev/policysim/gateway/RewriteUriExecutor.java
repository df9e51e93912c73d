package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.policysim.effective.EffectiveElement;

/**
 * {@code rewrite-uri} (rewrite-uri-policy): the backend path from {@code template}, whose
 * {@code {name}} parts take the operation template's matched values; the template's query replaces
 * parameters of the same name, and with {@code copy-unmatched-params} (default true) the request's
 * other query parameters are kept.
 */
final class RewriteUriExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String template = state.expressions().text(element, element.element().attribute("template").orElse(""),
				state.request().target().path());
		String filled = fill(template, state.route().pathParameters());
		int question = filled.indexOf('?');
		String path = (question < 0) ? filled : filled.substring(0, question);
		List<QueryParameter> query = new ArrayList<>(RequestUrl.parseQuery((question < 0) ? "" : filled.substring(question + 1)));
		boolean copy = !element.element().attribute("copy-unmatched-params").orElse("true").strip().equalsIgnoreCase("false");
		if (copy) {
			for (QueryParameter parameter : state.request().target().query()) {
				if (query.stream().noneMatch((given) -> given.name().equals(parameter.name()))) {
					query.add(parameter);
				}
			}
		}
		state.request().target().rewrite(path, query);
		state.trace(element, StepOutcome.APPLIED, "backend URL rewritten to " + state.request().target().url(),
				Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static String fill(String template, Map<String, String> parameters) {
		StringBuilder filled = new StringBuilder();
		int index = 0;
		while (index < template.length()) {
			int open = template.indexOf('{', index);
			int close = (open < 0) ? -1 : template.indexOf('}', open);
			if (open < 0 || close < 0) {
				filled.append(template, index, template.length());
				break;
			}
			String name = template.substring(open + 1, close);
			filled.append(template, index, open).append(parameters.getOrDefault(name, "{" + name + "}"));
			index = close + 1;
		}
		return filled.toString();
	}

}
