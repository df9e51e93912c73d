package dev.policysim.effective;

import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.Objects;
import java.util.Collections;

import dev.policysim.policy.SectionName;

/**
 * The policy that really runs for one context, with what was left out and why.
 *
 * @param context the API, operation and product it was computed for
 * @param sections every section, present even when empty, in running order
 * @param cutOffs each broader scope's section left out, in section then scope order
 * @param problems what the calculation met that needs fixing (missing fragments, named values,
 * duplicate {@code <base/>})
 */
public record EffectivePolicy(PolicyContext context, Map<SectionName, EffectiveSection> sections, List<CutOff> cutOffs,
		List<CalculationProblem> problems) {

	public EffectivePolicy {
		Objects.requireNonNull(context, "context");
		EnumMap<SectionName, EffectiveSection> copy = new EnumMap<>(SectionName.class);
		copy.putAll(sections);
		for (SectionName name : SectionName.values()) {
			copy.putIfAbsent(name, new EffectiveSection(name, List.of(), List.of()));
		}
		sections = Collections.unmodifiableMap(copy);
		cutOffs = List.copyOf(cutOffs);
		problems = List.copyOf(problems);
	}

	/** The flattened section. */
	public EffectiveSection section(SectionName name) {
		return this.sections.get(name);
	}

	/** The policies of a section in running order. */
	public List<EffectiveElement> elements(SectionName name) {
		return this.sections.get(name).elements();
	}

}
