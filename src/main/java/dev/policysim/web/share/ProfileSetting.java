package dev.policysim.web.share;

import java.util.Objects;

/**
 * One setting of the gateway profile a permalink ran under (gateway.md §9).
 *
 * @param name the setting as {@code scenario.json} spells it
 * @param value its value
 * @param assumed true when the scenario left it to the profile's default, an assumption about
 * undocumented gateway behaviour; false when the scenario set it
 */
public record ProfileSetting(String name, boolean value, boolean assumed) {

	public ProfileSetting {
		Objects.requireNonNull(name, "name");
	}

}
