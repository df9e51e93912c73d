package dev.policysim.gateway;

import java.math.BigInteger;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code ip-filter} (ip-filter-policy) against the scenario's client IP: with
 * {@code action="allow"} only the listed {@code address}es and {@code address-range}s pass, with
 * {@code forbid} they are refused. Refused: 403 "Forbidden" (observed).
 */
final class IpFilterExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		String ip = state.incoming().clientIp();
		Optional<BigInteger> caller = IpAddresses.parse(ip);
		if (caller.isEmpty()) {
			return refuse(element, state, "FailedToParseCallerIP", "Failed to parse caller IP address " + ip + ".");
		}
		boolean allow = !element.element().attribute("action").orElse("allow").strip().equalsIgnoreCase("forbid");
		boolean listed = listed(element, state, caller.get());
		if (allow && !listed) {
			return refuse(element, state, "CallerIpNotAllowed", "Caller IP address " + ip + " is not allowed. Access denied.");
		}
		if (!allow && listed) {
			return refuse(element, state, "CallerIpBlocked", "Caller IP address " + ip + " is blocked. Access denied.");
		}
		state.trace(element, StepOutcome.APPLIED, "caller IP " + ip + (listed ? " is listed" : " is not listed") + " and "
				+ (allow ? "allowed" : "not forbidden"), Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static boolean listed(EffectiveElement element, PipelineState state, BigInteger caller) {
		for (PolicyElement entry : element.element().elements()) {
			if (entry.name().equals("address")) {
				Optional<BigInteger> address = IpAddresses.parse(state.expressions().text(element, entry.text(), ""));
				if (address.isPresent() && address.get().equals(caller)) {
					return true;
				}
			}
			else if (entry.name().equals("address-range")) {
				Optional<BigInteger> from = IpAddresses.parse(entry.attribute("from").orElse(""));
				Optional<BigInteger> to = IpAddresses.parse(entry.attribute("to").orElse(""));
				if (from.isPresent() && to.isPresent() && caller.compareTo(from.get()) >= 0 && caller.compareTo(to.get()) <= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static Flow refuse(EffectiveElement element, PipelineState state, String reason, String message) {
		GatewayError error = GatewayError.of(403, element.name(), reason, message).withBodyMessage("Forbidden");
		return state.fail(element, error, message + " 403", Basis.DOCUMENTED);
	}

}
