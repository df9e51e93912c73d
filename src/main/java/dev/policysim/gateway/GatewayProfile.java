package dev.policysim.gateway;

import java.util.Objects;

/**
 * The gateway behaviours nobody documents, as named, versioned settings (gateway.md §9). Every
 * report and permalink carries the profile it ran with, so a later change of defaults never
 * changes an old result.
 *
 * @param name the profile's name and version, e.g. {@code apim-2026-11}
 * @param terminateUnmatchedDefault the value of {@code terminate-unmatched-request} when a cors
 * element leaves it out (the reference contradicts itself)
 * @param corsHeadersOnLaterErrors whether errors raised after a matching cors element still carry
 * the CORS headers
 * @param subscriptionCheckBeforePolicies whether the 401 for a missing or invalid key is produced
 * before inbound runs
 */
public record GatewayProfile(String name, boolean terminateUnmatchedDefault, boolean corsHeadersOnLaterErrors,
		boolean subscriptionCheckBeforePolicies) {

	/** The defaults of gateway.md §9. */
	public static final GatewayProfile DEFAULT = new GatewayProfile("apim-2026-11", true, true, true);

	public GatewayProfile {
		Objects.requireNonNull(name, "name");
	}

}
