package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.browser.Origin;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;

/**
 * What a cors element allows, read from its XML (gateway.md §5) so a cause can say what is missing
 * and a fix can compare two cors elements.
 *
 * @param effective the element and its provenance
 */
record CorsElement(EffectiveElement effective) {

	static final String NAME = "cors";

	/** The element itself. */
	PolicyElement element() {
		return this.effective.element();
	}

	/** Where it stands in its source file. */
	SourceLocation location() {
		return this.effective.provenance().location();
	}

	/** The origins as written. */
	List<String> origins() {
		return items("allowed-origins", "origin");
	}

	/** Whether the origins are {@code *}. */
	boolean anyOrigin() {
		return origins().contains("*");
	}

	/** Whether an origin is allowed: listed (trailing slash and default port ignored) or {@code *}. */
	boolean allows(Origin origin) {
		return anyOrigin() || origins().stream().anyMatch((listed) -> sameOrigin(listed, origin));
	}

	/** The {@code <origin>*</origin>} element, when there is one. */
	Optional<PolicyElement> wildcardOrigin() {
		return this.element().element("allowed-origins")
			.flatMap((list) -> list.elements("origin").stream().filter((item) -> item.text().equals("*")).findFirst());
	}

	/** The methods as written; empty when {@code allowed-methods} is absent (then only GET and POST pass). */
	Optional<List<String>> methods() {
		return this.element().element("allowed-methods").map((list) -> texts(list, "method"));
	}

	/** The allowed request headers as written. */
	List<String> headers() {
		return items("allowed-headers", "header");
	}

	/** The exposed response headers as written. */
	List<String> exposed() {
		return items("expose-headers", "header");
	}

	/** The {@code allow-credentials} value. */
	boolean credentials() {
		return this.element().attribute("allow-credentials").map((value) -> value.strip().equalsIgnoreCase("true"))
			.orElse(false);
	}

	/** The {@code terminate-unmatched-request} attribute as written; empty when left out. */
	Optional<Boolean> terminateAttribute() {
		return this.element().attribute("terminate-unmatched-request")
			.map((value) -> value.strip().equalsIgnoreCase("true"));
	}

	/** Whether a method passes: listed (case-sensitively, as the gateway compares), {@code *}, or the GET/POST default. */
	boolean allowsMethod(String method) {
		return methods().map((listed) -> listed.contains("*") || listed.contains(method))
			.orElse(method.equals("GET") || method.equals("POST"));
	}

	/** Whether a request header passes: listed (any case) or {@code *}. */
	boolean allowsHeader(String header) {
		return headers().stream().anyMatch((listed) -> listed.equals("*") || listed.equalsIgnoreCase(header));
	}

	/** Whether a response header is exposed: listed (any case) or {@code *}. */
	boolean exposes(String header) {
		return exposed().stream().anyMatch((listed) -> listed.equals("*") || listed.equalsIgnoreCase(header));
	}

	private List<String> items(String list, String item) {
		return this.element().element(list).map((element) -> texts(element, item)).orElse(List.of());
	}

	private static List<String> texts(PolicyElement list, String item) {
		return list.elements(item).stream().map(PolicyElement::text).toList();
	}

	static boolean sameOrigin(String listed, Origin origin) {
		String text = listed.strip();
		if (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		if (text.contains("/") && !text.matches("(?i)https?://[^/]+")) {
			return false;
		}
		try {
			return Origin.parse(text).equals(origin);
		}
		catch (IllegalArgumentException ex) {
			return text.toLowerCase(Locale.ROOT).equals(origin.serialize());
		}
	}

}
