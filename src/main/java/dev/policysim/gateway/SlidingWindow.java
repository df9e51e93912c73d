package dev.policysim.gateway;

import java.util.ArrayDeque;

/**
 * The calls one rate-limit counter saw in its sliding window: their times, never more than the
 * limit of them (older ones cannot decide anything), so memory does not grow with the requests.
 */
final class SlidingWindow {

	private final ArrayDeque<Long> calls = new ArrayDeque<>();

	/**
	 * How long a call must wait.
	 * @param now the scenario clock, in milliseconds
	 * @param limit the calls allowed per period
	 * @param periodMillis the period
	 * @return 0 when a call may pass now, else the milliseconds until the oldest call leaves the window
	 */
	long waitMillis(long now, long limit, long periodMillis) {
		evict(now - periodMillis);
		if (this.calls.size() < limit) {
			return 0;
		}
		return Math.max(1, this.calls.peekFirst() + periodMillis - now);
	}

	/** The calls in the window ending now. */
	int count(long now, long periodMillis) {
		evict(now - periodMillis);
		return this.calls.size();
	}

	/** Counts calls made now, keeping at most {@code limit} of them. */
	void record(long now, long count, long limit) {
		for (long i = 0; i < count; i++) {
			this.calls.addLast(now);
		}
		while (this.calls.size() > Math.max(limit, 1)) {
			this.calls.removeFirst();
		}
	}

	private void evict(long before) {
		while (!this.calls.isEmpty() && this.calls.peekFirst() <= before) {
			this.calls.removeFirst();
		}
	}

}
