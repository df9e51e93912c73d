package dev.policysim.gateway;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeaders;
import dev.policysim.policy.PolicyElement;

/**
 * {@code quota} and {@code quota-by-key} (quota-policy, quota-by-key-policy): {@code calls} per
 * fixed {@code renewal-period} window, windows counted from time 0 of the scenario clock
 * ({@code Instant.EPOCH}; {@code 0} never renews), so a scenario's outcome does not depend on the
 * day it runs. {@code quota} counts per subscription and only with a key; {@code quota-by-key}
 * per evaluated {@code counter-key}, honouring {@code increment-condition}; its
 * {@code first-period-start} is not simulated. Bandwidth quotas are not simulated. Over the
 * quota: 403 "Out of call volume quota. Quota will be replenished in hh:mm:ss." with
 * {@code Retry-After} (observed).
 */
final class QuotaExecutor implements PolicyExecutor {

	private final boolean byKey;

	QuotaExecutor(boolean byKey) {
		this.byKey = byKey;
	}

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		if (!this.byKey && state.subscription().isEmpty()) {
			state.trace(element, StepOutcome.SKIPPED, "no subscription key was used: quota only counts calls made with a key",
					Basis.DOCUMENTED);
			return Flow.CONTINUE;
		}
		Optional<List<CounterLimit>> limits = CounterLimit.of(element, state);
		if (limits.isEmpty()) {
			String why = element.element().attribute("bandwidth").isPresent() ? "bandwidth quotas are not simulated"
					: "calls or renewal-period is not a number";
			state.trace(element, StepOutcome.PASSED_THROUGH, why + ": not simulated, passed through", Basis.ASSUMED);
			return Flow.CONTINUE;
		}
		PolicyElement xml = element.element();
		String counter = this.byKey ? "key " + state.expressions().text(element, xml.attribute("counter-key").orElse(""), "")
				: "subscription " + state.subscription().orElseThrow().name();
		long now = state.now().toEpochMilli();
		for (CounterLimit limit : limits.get()) {
			FixedWindow window = state.runtime().counters().fixed(limit.key(element, counter));
			if (window.count(index(now, limit)) >= limit.calls()) {
				return refuse(element, state, limit, counter, now);
			}
		}
		boolean increment = !this.byKey
				|| state.expressions().condition(element, xml.attribute("increment-condition").orElse("true"), true);
		StringBuilder detail = new StringBuilder();
		for (CounterLimit limit : limits.get()) {
			FixedWindow window = state.runtime().counters().fixed(limit.key(element, counter));
			if (increment) {
				window.add(index(now, limit), 1);
			}
			detail.append((detail.length() == 0) ? "" : "; ").append(window.count(index(now, limit))).append(" of ")
				.append(limit.describe()).append(" used by ").append(counter);
		}
		if (!increment) {
			detail.append(" (increment-condition is false: this call is not counted)");
		}
		state.trace(element, StepOutcome.APPLIED, detail.toString(), Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static long index(long now, CounterLimit limit) {
		return (limit.periodSeconds() <= 0) ? 0 : Math.floorDiv(now, limit.periodSeconds() * 1000);
	}

	private static Flow refuse(EffectiveElement element, PipelineState state, CounterLimit limit, String counter, long now) {
		GatewayError error;
		if (limit.periodSeconds() <= 0) {
			error = GatewayError.of(403, element.name(), "QuotaExceeded", "Out of call volume quota.");
		}
		else {
			long end = (index(now, limit) + 1) * limit.periodSeconds() * 1000;
			long seconds = (end - now + 999) / 1000;
			String message = "Out of call volume quota. Quota will be replenished in " + timeSpan(seconds) + ".";
			error = new GatewayError(403, element.name(), "QuotaExceeded", message, message, HttpHeaders.EMPTY)
				.withHeader("Retry-After", Long.toString(seconds));
		}
		return state.fail(element, error, "quota of " + limit.describe() + " used up by " + counter + ": 403",
				Basis.DOCUMENTED);
	}

	/** A duration as .NET's {@code TimeSpan} prints it: {@code hh:mm:ss}, or {@code d.hh:mm:ss} from one day on. */
	static String timeSpan(long seconds) {
		long days = seconds / 86_400;
		long rest = seconds % 86_400;
		String time = two(rest / 3600) + ":" + two(rest % 3600 / 60) + ":" + two(rest % 60);
		return (days > 0) ? days + "." + time : time;
	}

	private static String two(long value) {
		return (value < 10) ? "0" + value : Long.toString(value);
	}

}
