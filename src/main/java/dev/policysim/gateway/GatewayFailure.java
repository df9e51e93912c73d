package dev.policysim.gateway;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;

/**
 * An error raised while handling a request, as {@code context.LastError} describes it
 * (api-management-error-handling-policies), plus what a cause analysis needs to know about it.
 *
 * @param status the status of the error response
 * @param source the LastError source: the policy name, or {@code configuration} /
 * {@code authorization} for gateway steps
 * @param reason the LastError reason, e.g. {@code RateLimitExceeded}, {@code SubscriptionKeyNotFound}
 * @param message the LastError message
 * @param element the policy element that raised it; empty for the gateway's own steps
 * @param corsRanBefore whether a cors element had already matched the request's origin when the
 * error was raised (then, by profile, the error response still carries the CORS headers)
 */
public record GatewayFailure(int status, String source, String reason, String message,
		Optional<EffectiveElement> element, boolean corsRanBefore) {

	public GatewayFailure {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(element, "element");
	}

}
