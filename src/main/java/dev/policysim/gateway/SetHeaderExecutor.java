package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code set-header} (set-header-policy): on the request in inbound and backend, on the response in
 * outbound and on-error. {@code exists-action} {@code override} (default) replaces the header with
 * its values joined by commas, {@code skip} sets it only when absent, {@code append} adds a line
 * per value, {@code delete} removes it.
 */
final class SetHeaderExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String detail = apply(element, state.messageHeaders(), state);
		state.trace(element, StepOutcome.APPLIED, (state.onRequestSide() ? "request " : "response ") + detail,
				Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	/**
	 * Applies a set-header element to some headers.
	 * @param element the element
	 * @param headers the headers to change
	 * @param state the request's state, for expressions
	 * @return what it did, in words
	 */
	static String apply(EffectiveElement element, MutableHeaders headers, PipelineState state) {
		PolicyElement xml = element.element();
		String name = xml.attribute("name").orElse("");
		String action = xml.attribute("exists-action").orElse("override");
		List<String> values = new ArrayList<>();
		for (PolicyElement value : xml.elements("value")) {
			values.add(state.expressions().text(element, value.text(), ""));
		}
		String joined = String.join(",", values);
		switch (action) {
			case "delete":
				headers.remove(name);
				return "header " + name + " deleted";
			case "skip":
				if (headers.contains(name)) {
					return "header " + name + " already present: left as it is (exists-action skip)";
				}
				headers.set(name, joined);
				return "header " + name + " set to " + joined;
			case "append":
				values.forEach((value) -> headers.add(name, value));
				return "header " + name + " appended " + joined;
			default:
				headers.set(name, joined);
				return "header " + name + " set to " + joined;
		}
	}

}
