package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;
import org.jspecify.annotations.Nullable;

/**
 * {@code set-variable} (set-variable-policy): a literal value is stored as a string, an
 * expression's value with its type.
 */
final class SetVariableExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String name = element.element().attribute("name").orElse("");
		@Nullable Object value = state.expressions().value(element, element.element().attribute("value").orElse(""), "");
		state.variable(name, value);
		state.trace(element, StepOutcome.APPLIED, "variable " + name + " set to " + ((value == null) ? "null" : value),
				Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

}
