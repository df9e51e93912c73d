package dev.policysim.gateway;

/** The calls one quota counter saw in its current fixed window. */
final class FixedWindow {

	private long window = -1;

	private long count;

	/** The calls counted in the window with this index; a new window starts at zero. */
	long count(long index) {
		if (index != this.window) {
			this.window = index;
			this.count = 0;
		}
		return this.count;
	}

	void add(long index, long calls) {
		count(index);
		this.count += calls;
	}

}
