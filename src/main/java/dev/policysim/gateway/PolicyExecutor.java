package dev.policysim.gateway;

import dev.policysim.effective.EffectiveElement;

/**
 * Runs one kind of policy on a request. Each implementation handles one policy or a tight family
 * ({@code rate-limit} and {@code rate-limit-by-key}); {@link PolicyPipeline} dispatches to them by
 * element name through one explicit table.
 */
interface PolicyExecutor {

	/**
	 * Runs the policy. It records its own trace step, and raises errors through
	 * {@link PipelineState#fail}.
	 * @param element the policy element and where it comes from
	 * @param state the request's state
	 * @return what the pipeline does next
	 */
	Flow execute(EffectiveElement element, PipelineState state);

}
