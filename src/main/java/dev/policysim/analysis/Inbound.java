package dev.policysim.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.PolicyContext;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Operation;

/**
 * The effective inbound of one context, read once for all rules: where its first cors stands and
 * how many cors stand directly in it (only direct children of inbound answer preflights,
 * gateway.md §5), whether a policy in it reads a request header, and the operation the context
 * runs.
 *
 * @param policy the effective policy
 * @param operation the context's operation; empty for an API-level context
 * @param firstCorsIndex the index of the first direct cors in {@link #elements()}, or -1 when there is none
 * @param corsCount how many cors stand directly in the inbound
 * @param readsHeaders whether a {@code validate-jwt}, {@code validate-azure-ad-token} or
 * {@code check-header} stands directly in the inbound
 */
public record Inbound(EffectivePolicy policy, Optional<Operation> operation, int firstCorsIndex, int corsCount,
		boolean readsHeaders) {

	/** The policies that read a request header the browser must be allowed to send. */
	private static final Set<String> HEADER_READERS = Set.of("validate-jwt", "validate-azure-ad-token", "check-header");

	/** The name of the cors policy. */
	public static final String CORS = "cors";

	public Inbound {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(operation, "operation");
	}

	/**
	 * Reads one context's inbound.
	 * @param policy the effective policy
	 * @param operation the context's operation
	 * @return the facts
	 */
	static Inbound of(EffectivePolicy policy, Optional<Operation> operation) {
		List<EffectiveElement> elements = policy.elements(SectionName.INBOUND);
		int first = -1;
		int count = 0;
		boolean readsHeaders = false;
		for (int i = 0; i < elements.size(); i++) {
			String name = elements.get(i).name();
			if (name.equals(CORS)) {
				first = (first < 0) ? i : first;
				count++;
			}
			readsHeaders |= HEADER_READERS.contains(name);
		}
		return new Inbound(policy, operation, first, count, readsHeaders);
	}

	/** The context. */
	public PolicyContext context() {
		return this.policy.context();
	}

	/** The inbound's policies in running order. */
	public List<EffectiveElement> elements() {
		return this.policy.elements(SectionName.INBOUND);
	}

	/**
	 * The first cors standing directly in the inbound: the one that answers preflights.
	 * @return the element, or empty when the inbound has no direct cors
	 */
	public Optional<EffectiveElement> firstCors() {
		return (this.firstCorsIndex < 0) ? Optional.empty() : Optional.of(elements().get(this.firstCorsIndex));
	}

}
