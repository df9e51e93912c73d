package dev.policysim.gateway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IP address literals as numbers, so {@code ip-filter} can compare them and test ranges: IPv4
 * dotted quads (as IPv4-mapped IPv6 numbers) and IPv6 in its usual forms ({@code ::}, an embedded
 * IPv4 tail, brackets, a zone). Parsed by hand: a host name is never resolved.
 */
final class IpAddresses {

	private static final BigInteger IPV4_MAPPED = BigInteger.valueOf(0xffffL).shiftLeft(32);

	private IpAddresses() {
	}

	/**
	 * The number of an address.
	 * @param text e.g. {@code 203.0.113.7} or {@code 2001:db8::1}
	 * @return the 128-bit number (IPv4 mapped into IPv6); empty when the text is not an address
	 */
	static Optional<BigInteger> parse(String text) {
		String address = text.strip();
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		if (address.indexOf(':') >= 0) {
			return ipv6(address);
		}
		return ipv4(address).map((value) -> IPV4_MAPPED.or(BigInteger.valueOf(value)));
	}

	private static Optional<Long> ipv4(String text) {
		long value = 0;
		int parts = 0;
		int start = 0;
		while (start <= text.length()) {
			int dot = text.indexOf('.', start);
			int end = (dot < 0) ? text.length() : dot;
			Optional<Integer> part = number(text.substring(start, end), 10, 3, 255);
			if (part.isEmpty() || ++parts > 4) {
				return Optional.empty();
			}
			value = (value << 8) | part.get();
			start = end + 1;
		}
		return (parts == 4) ? Optional.of(value) : Optional.empty();
	}

	private static Optional<BigInteger> ipv6(String text) {
		int gap = text.indexOf("::");
		if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
			return Optional.empty();
		}
		Optional<long[]> head = groups((gap < 0) ? text : text.substring(0, gap));
		Optional<long[]> tail = (gap < 0) ? Optional.of(new long[0]) : groups(text.substring(gap + 2));
		if (head.isEmpty() || tail.isEmpty()) {
			return Optional.empty();
		}
		int count = head.get().length + tail.get().length;
		if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
			return Optional.empty();
		}
		BigInteger value = BigInteger.ZERO;
		for (long group : head.get()) {
			value = value.shiftLeft(16).or(BigInteger.valueOf(group));
		}
		value = value.shiftLeft(16 * (8 - count));
		for (long group : tail.get()) {
			value = value.shiftLeft(16).or(BigInteger.valueOf(group));
		}
		return Optional.of(value);
	}

	/** The 16-bit groups of one side of {@code ::}; a dotted IPv4 tail counts as two groups. */
	private static Optional<long[]> groups(String text) {
		if (text.isEmpty()) {
			return Optional.of(new long[0]);
		}
		List<Long> groups = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int colon = text.indexOf(':', start);
			int end = (colon < 0) ? text.length() : colon;
			String group = text.substring(start, end);
			if (colon < 0 && group.indexOf('.') >= 0) {
				Optional<Long> v4 = ipv4(group);
				if (v4.isEmpty()) {
					return Optional.empty();
				}
				groups.add(v4.get() >>> 16);
				groups.add(v4.get() & 0xffff);
			}
			else {
				Optional<Integer> value = number(group, 16, 4, 0xffff);
				if (value.isEmpty()) {
					return Optional.empty();
				}
				groups.add((long) value.get());
			}
			start = end + 1;
		}
		return Optional.of(groups.stream().mapToLong(Long::longValue).toArray());
	}

	private static Optional<Integer> number(String text, int radix, int maxDigits, int max) {
		if (text.isEmpty() || text.length() > maxDigits) {
			return Optional.empty();
		}
		int value = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = (c < 128) ? Character.digit(c, radix) : -1;
			if (digit < 0) {
				return Optional.empty();
			}
			value = value * radix + digit;
		}
		return (value <= max) ? Optional.of(value) : Optional.empty();
	}

}
