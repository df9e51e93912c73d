package dev.policysim.gateway;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeaders;
import dev.policysim.policy.PolicyElement;

/**
 * {@code rate-limit} and {@code rate-limit-by-key} (rate-limit-policy, rate-limit-by-key-policy):
 * {@code calls} per sliding {@code renewal-period} on the scenario clock. {@code rate-limit}
 * counts per subscription and only applies to calls made with a key; {@code rate-limit-by-key}
 * counts per evaluated {@code counter-key}, adds {@code increment-count} only when
 * {@code increment-condition} holds. Over the limit: 429 "Rate limit is exceeded. Try again in N
 * seconds." with {@code Retry-After} (observed). Calls refused do not count.
 */
final class RateLimitExecutor implements PolicyExecutor {

	private final boolean byKey;

	RateLimitExecutor(boolean byKey) {
		this.byKey = byKey;
	}

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		if (!this.byKey && state.subscription().isEmpty()) {
			state.trace(element, StepOutcome.SKIPPED,
					"no subscription key was used: rate-limit only counts calls made with a key", Basis.DOCUMENTED);
			return Flow.CONTINUE;
		}
		Optional<List<CounterLimit>> limits = CounterLimit.of(element, state);
		if (limits.isEmpty()) {
			state.trace(element, StepOutcome.PASSED_THROUGH,
					"calls or renewal-period is not a number: not simulated, passed through", Basis.ASSUMED);
			return Flow.CONTINUE;
		}
		PolicyElement xml = element.element();
		String counter = this.byKey ? "key " + state.expressions().text(element, xml.attribute("counter-key").orElse(""), "")
				: "subscription " + state.subscription().orElseThrow().name();
		long now = state.now().toEpochMilli();
		for (CounterLimit limit : limits.get()) {
			long wait = state.runtime().counters().sliding(limit.key(element, counter))
				.waitMillis(now, limit.calls(), limit.periodSeconds() * 1000);
			if (wait > 0) {
				return refuse(element, state, limit, counter, (wait + 999) / 1000);
			}
		}
		return count(element, state, limits.get(), counter, now);
	}

	private Flow count(EffectiveElement element, PipelineState state, List<CounterLimit> limits, String counter, long now) {
		PolicyElement xml = element.element();
		boolean increment = !this.byKey
				|| state.expressions().condition(element, xml.attribute("increment-condition").orElse("true"), true);
		long calls = this.byKey ? incrementCount(element, state) : 1;
		StringBuilder detail = new StringBuilder();
		for (CounterLimit limit : limits) {
			SlidingWindow window = state.runtime().counters().sliding(limit.key(element, counter));
			if (increment) {
				window.record(now, calls, limit.calls());
			}
			long used = window.count(now, limit.periodSeconds() * 1000);
			detail.append((detail.length() == 0) ? "" : "; ").append(used).append(" of ").append(limit.describe())
				.append(" used by ").append(counter);
			xml.attribute("remaining-calls-variable-name")
				.ifPresent((name) -> state.variable(name, Math.max(0, limit.calls() - used)));
		}
		if (!increment) {
			detail.append(" (increment-condition is false: this call is not counted)");
		}
		state.trace(element, StepOutcome.APPLIED, detail.toString(), Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static long incrementCount(EffectiveElement element, PipelineState state) {
		String raw = element.element().attribute("increment-count").orElse("1");
		try {
			return Math.max(0, Long.parseLong(state.expressions().text(element, raw, "1").strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private Flow refuse(EffectiveElement element, PipelineState state, CounterLimit limit, String counter, long seconds) {
		PolicyElement xml = element.element();
		String header = xml.attribute("retry-after-header-name").orElse("Retry-After");
		xml.attribute("retry-after-variable-name").ifPresent((name) -> state.variable(name, seconds));
		GatewayError error = new GatewayError(429, element.name(), "RateLimitExceeded", "Rate limit is exceeded",
				"Rate limit is exceeded. Try again in " + seconds + " seconds.", HttpHeaders.EMPTY)
			.withHeader(header, Long.toString(seconds));
		return state.fail(element, error, "call over the limit of " + limit.describe() + " for " + counter
				+ ": 429, retry after " + seconds + " s", Basis.DOCUMENTED);
	}

}
