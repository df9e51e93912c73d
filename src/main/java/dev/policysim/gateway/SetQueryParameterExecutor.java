package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code set-query-parameter} (set-query-parameter-policy): changes the query of the request sent
 * to the backend, with the {@code exists-action} values of set-header.
 */
final class SetQueryParameterExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		PolicyElement xml = element.element();
		String name = xml.attribute("name").orElse("");
		String action = xml.attribute("exists-action").orElse("override");
		List<String> values = new ArrayList<>();
		for (PolicyElement value : xml.elements("value")) {
			values.add(state.expressions().text(element, value.text(), ""));
		}
		List<QueryParameter> query = state.request().target().query();
		boolean present = query.stream().anyMatch((parameter) -> parameter.name().equals(name));
		String detail;
		if (action.equals("skip") && present) {
			detail = "query parameter " + name + " already present: left as it is (exists-action skip)";
		}
		else {
			if (!action.equals("append")) {
				query.removeIf((parameter) -> parameter.name().equals(name));
			}
			if (!action.equals("delete")) {
				values.forEach((value) -> query.add(new QueryParameter(name, value)));
			}
			detail = "query parameter " + name + (action.equals("delete") ? " deleted" : " set to " + String.join(",", values));
		}
		state.trace(element, StepOutcome.APPLIED, detail, Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

}
