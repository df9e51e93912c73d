package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

import dev.policysim.gateway.GatewayProfile;

/**
 * One setting of the gateway profile (gateway.md §9): a behaviour nobody documents, which the
 * simulator assumes. Shown with its default and meaning wherever a result rests on it.
 *
 * @param name the setting's name in {@code scenario.json}'s {@code profile}
 * @param value the value in effect
 * @param defaultValue the profile's default
 * @param meaning what it decides
 */
public record ProfileSetting(String name, boolean value, boolean defaultValue, String meaning) {

	public ProfileSetting {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(meaning, "meaning");
	}

	/**
	 * The settings of a profile, in gateway.md's order.
	 * @param profile the profile in effect
	 * @return the three settings
	 */
	public static List<ProfileSetting> of(GatewayProfile profile) {
		GatewayProfile defaults = GatewayProfile.DEFAULT;
		return List.of(
				new ProfileSetting("terminateUnmatchedDefault", profile.terminateUnmatchedDefault(),
						defaults.terminateUnmatchedDefault(),
						"value of terminate-unmatched-request when a cors element leaves it out"),
				new ProfileSetting("corsHeadersOnLaterErrors", profile.corsHeadersOnLaterErrors(),
						defaults.corsHeadersOnLaterErrors(),
						"errors raised after a matching cors element still carry CORS headers"),
				new ProfileSetting("subscriptionCheckBeforePolicies", profile.subscriptionCheckBeforePolicies(),
						defaults.subscriptionCheckBeforePolicies(),
						"the 401 for a missing or invalid key is produced before inbound runs"));
	}

	/** Whether the value differs from the default, which the pages point out. */
	public boolean overridden() {
		return this.value != this.defaultValue;
	}

}
