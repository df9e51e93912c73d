package dev.policysim.effective;

import java.util.List;
import java.util.Objects;

import dev.policysim.policy.SectionName;

/**
 * One flattened section.
 *
 * @param name which section
 * @param elements the policies in the order they run
 * @param boundaries where each broader scope's contribution begins and ends, in order
 */
public record EffectiveSection(SectionName name, List<EffectiveElement> elements, List<ScopeBoundary> boundaries) {

	public EffectiveSection {
		Objects.requireNonNull(name, "name");
		elements = List.copyOf(elements);
		boundaries = List.copyOf(boundaries);
	}

}
