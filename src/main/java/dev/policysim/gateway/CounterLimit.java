package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;
import dev.policysim.workspace.Operation;

/**
 * One limit a rate-limit or quota element applies to a request: its own {@code calls} per
 * {@code renewal-period}, or those of an {@code <api>} or {@code <operation>} child matching the
 * request, which count separately (rate-limit-policy, quota-policy).
 *
 * @param tag what the limit applies to, part of the counter key ({@code all}, {@code api orders})
 * @param calls the calls allowed per period
 * @param periodSeconds the period
 */
record CounterLimit(String tag, long calls, long periodSeconds) {

	CounterLimit {
		Objects.requireNonNull(tag, "tag");
	}

	/**
	 * The limits of an element that apply to the request.
	 * @param element the rate-limit or quota element
	 * @param state the request's state
	 * @return the limits; empty when {@code calls} or {@code renewal-period} is not a number
	 */
	static Optional<List<CounterLimit>> of(EffectiveElement element, PipelineState state) {
		List<CounterLimit> limits = new ArrayList<>();
		if (!add(limits, "all", element.element(), element, state)) {
			return Optional.empty();
		}
		for (PolicyElement api : element.element().elements("api")) {
			if (names(api, state.api().name(), state.api().displayName())) {
				add(limits, "api " + state.api().name(), api, element, state);
				for (PolicyElement operation : api.elements("operation")) {
					addOperation(limits, operation, element, state);
				}
			}
		}
		for (PolicyElement operation : element.element().elements("operation")) {
			addOperation(limits, operation, element, state);
		}
		return Optional.of(limits);
	}

	private static void addOperation(List<CounterLimit> limits, PolicyElement child, EffectiveElement element,
			PipelineState state) {
		Optional<Operation> operation = state.operation();
		if (operation.isPresent() && names(child, operation.get().name(), operation.get().name())) {
			add(limits, "operation " + operation.get().name(), child, element, state);
		}
	}

	/** An {@code id} names the resource; a {@code name} the display name (or the resource name). */
	private static boolean names(PolicyElement child, String id, String displayName) {
		Optional<String> byId = child.attribute("id");
		if (byId.isPresent()) {
			return byId.get().equals(id);
		}
		return child.attribute("name").map((name) -> name.equals(displayName) || name.equals(id)).orElse(false);
	}

	private static boolean add(List<CounterLimit> limits, String tag, PolicyElement source, EffectiveElement element,
			PipelineState state) {
		Optional<Long> calls = number(source, "calls", element, state);
		Optional<Long> period = number(source, "renewal-period", element, state);
		if (calls.isEmpty() || period.isEmpty()) {
			return false;
		}
		limits.add(new CounterLimit(tag, calls.get(), period.get()));
		return true;
	}

	private static Optional<Long> number(PolicyElement source, String attribute, EffectiveElement element,
			PipelineState state) {
		Optional<String> raw = source.attribute(attribute);
		if (raw.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(state.expressions().text(element, raw.get(), "").strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The counter key of this limit for an element and a counter (subscription or evaluated key). */
	String key(EffectiveElement element, String counter) {
		SourceLocation at = element.provenance().location();
		String included = element.provenance().fragment().map((origin) -> "@" + origin.includedAt()).orElse("");
		return at.file() + ":" + at.line() + ":" + at.column() + included + "|" + this.tag + "|" + counter;
	}

	/** The words a trace uses: {@code 5 calls per 60 s} plus what it applies to. */
	String describe() {
		String scope = this.tag.equals("all") ? "" : " for " + this.tag;
		return this.calls + " calls per " + this.periodSeconds + " s" + scope;
	}

}
