package dev.policysim.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * The rate-limit and quota counters of one gateway run, by counter key (the policy's source
 * location, the limit it applies, and the subscription or evaluated counter key). They grow with
 * the distinct keys of a scenario, not with its requests.
 */
final class RateCounters {

	private final Map<String, SlidingWindow> sliding = new HashMap<>();

	private final Map<String, FixedWindow> fixed = new HashMap<>();

	SlidingWindow sliding(String key) {
		return this.sliding.computeIfAbsent(key, (k) -> new SlidingWindow());
	}

	FixedWindow fixed(String key) {
		return this.fixed.computeIfAbsent(key, (k) -> new FixedWindow());
	}

}
