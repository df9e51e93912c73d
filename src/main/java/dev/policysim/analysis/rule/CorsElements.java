package dev.policysim.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;

/**
 * Reads the parts of a {@code cors} element (cors-policy) that the rules judge.
 */
final class CorsElements {

	static final String CORS = "cors";

	static final String TERMINATE = "terminate-unmatched-request";

	private CorsElements() {
	}

	/**
	 * The cors elements standing directly in an effective inbound, in running order. Only these
	 * take part in preflights: the reference speaks of "cors policies that are direct children of
	 * inbound" (gateway.md §5).
	 * @param policy an effective policy
	 * @return the cors elements; empty when there are none
	 */
	static List<EffectiveElement> direct(EffectivePolicy policy) {
		List<EffectiveElement> cors = new ArrayList<>(2);
		for (EffectiveElement element : policy.elements(SectionName.INBOUND)) {
			if (element.name().equals(CORS)) {
				cors.add(element);
			}
		}
		return cors;
	}

	/**
	 * Whether a cors element ends requests from origins it does not allow.
	 * @param cors the cors element, named values substituted
	 * @param profileDefault what the profile assumes when the attribute is left out
	 * @return the value; empty when it is an expression or not {@code true}/{@code false}
	 */
	static Optional<Boolean> terminates(PolicyElement cors, boolean profileDefault) {
		Optional<String> value = cors.attribute(TERMINATE);
		if (value.isEmpty()) {
			return Optional.of(profileDefault);
		}
		return bool(value.get());
	}

	/**
	 * A boolean attribute value as APIM reads it.
	 * @param value the value
	 * @return the boolean; empty for an expression or anything else
	 */
	static Optional<Boolean> bool(String value) {
		String text = value.strip().toLowerCase(Locale.ROOT);
		if (text.equals("true")) {
			return Optional.of(true);
		}
		return text.equals("false") ? Optional.of(false) : Optional.empty();
	}

	/**
	 * The texts of the items of a list such as {@code <allowed-headers><header>}.
	 * @param cors the cors element
	 * @param list the list element's name, e.g. {@code allowed-headers}
	 * @param item the item element's name, e.g. {@code header}
	 * @return the item texts; empty when the list is absent
	 */
	static Optional<List<String>> items(PolicyElement cors, String list, String item) {
		return cors.element(list).map((element) -> element.elements(item).stream().map(PolicyElement::text).toList());
	}

	/**
	 * The allowed origins as written.
	 * @param cors the cors element
	 * @return the origin texts; empty when there are none
	 */
	static List<String> origins(PolicyElement cors) {
		return items(cors, "allowed-origins", "origin").orElse(List.of());
	}

}
