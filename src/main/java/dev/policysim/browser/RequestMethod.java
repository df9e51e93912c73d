package dev.policysim.browser;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A request method after {@code fetch} and {@code XMLHttpRequest.open} normalised it: only
 * {@code DELETE GET HEAD OPTIONS POST PUT} are upper-cased (Fetch "normalize a method"), so
 * {@code patch} stays {@code patch} and needs exactly {@code patch} in
 * {@code Access-Control-Allow-Methods}.
 *
 * @param value the method as sent
 */
public record RequestMethod(String value) {

	private static final Set<String> NORMALISED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

	private static final Set<String> SAFELISTED = Set.of("GET", "HEAD", "POST");

	private static final Set<String> FORBIDDEN = Set.of("CONNECT", "TRACE", "TRACK");

	public RequestMethod {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * The method as a script gave it, normalised as Fetch does.
	 * @param given the method string passed to {@code fetch} or {@code open}
	 * @return the method as sent
	 */
	public static RequestMethod normalize(String given) {
		String upper = given.toUpperCase(Locale.ROOT);
		return new RequestMethod(NORMALISED.contains(upper) ? upper : given);
	}

	/** Whether the method is an HTTP token; Blink throws a TypeError otherwise. */
	public boolean isValidToken() {
		return HttpTokens.isToken(this.value);
	}

	/** Whether the method is one that scripts may not use at all ({@code CONNECT TRACE TRACK}). */
	public boolean isForbidden() {
		return FORBIDDEN.contains(this.value.toUpperCase(Locale.ROOT));
	}

	/** Whether the method needs no preflight: {@code GET HEAD POST}. */
	public boolean isCorsSafelisted() {
		return SAFELISTED.contains(this.value.toUpperCase(Locale.ROOT));
	}

	/** Whether this is {@code GET} or {@code HEAD}, the methods that may not carry a body. */
	public boolean isGetOrHead() {
		return this.value.equals("GET") || this.value.equals("HEAD");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
