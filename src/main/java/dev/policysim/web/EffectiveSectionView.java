package dev.policysim.web;

import java.util.List;
import java.util.Objects;

/**
 * One section of the flattened view, with the broader scopes it cut off explained in place.
 *
 * @param name the section's element name, e.g. {@code inbound}
 * @param cutOffs why broader scopes' policies are not here, one sentence each
 * @param lines the policies and boundaries in running order
 */
record EffectiveSectionView(String name, List<String> cutOffs, List<EffectiveLine> lines) {

	EffectiveSectionView {
		Objects.requireNonNull(name, "name");
		cutOffs = List.copyOf(cutOffs);
		lines = List.copyOf(lines);
	}

}
