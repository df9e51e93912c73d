package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-line picture of a flattened section for table rows: each {@code set-variable} by its
 * name, other policies by their element name, and each scope boundary as {@code {Api} ...
 * {@code }Api}.
 */
final class SectionSummary {

	private SectionSummary() {
	}

	static String of(EffectiveSection section) {
		List<String> words = new ArrayList<>();
		int next = 0;
		for (int index = 0; index <= section.elements().size(); index++) {
			while (next < section.boundaries().size() && section.boundaries().get(next).index() == index) {
				ScopeBoundary boundary = section.boundaries().get(next++);
				words.add((boundary.begin() ? "{" : "}") + EffectivePolicyXml.portalName(boundary.scope().kind()));
			}
			if (index < section.elements().size()) {
				EffectiveElement element = section.elements().get(index);
				words.add(element.element().attribute("name").orElse(element.name()));
			}
		}
		return words.isEmpty() ? "(empty)" : String.join(" ", words);
	}

}
