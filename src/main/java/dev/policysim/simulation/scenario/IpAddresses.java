package dev.policysim.simulation.scenario;

import java.util.regex.Pattern;

/**
 * Recognises IP address literals without asking a resolver ({@code InetAddress.getByName} would
 * look a host name up), so a scenario cannot make the simulator reach the network.
 */
final class IpAddresses {

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private IpAddresses() {
	}

	/**
	 * Whether a text is an IPv4 address or an IPv6 address (loosely: hex groups and colons, with
	 * at most one {@code ::}).
	 * @param text the text
	 * @return {@code true} when it is an address literal
	 */
	static boolean isLiteral(String text) {
		if (IPV4.matcher(text).matches()) {
			return true;
		}
		return text.contains(":") && IPV6.matcher(text).matches() && text.indexOf("::") == text.lastIndexOf("::");
	}

}
