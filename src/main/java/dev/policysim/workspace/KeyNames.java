package dev.policysim.workspace;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an API reads the subscription key from: a header first, then a query parameter.
 *
 * @param header the header name (default {@value #DEFAULT_HEADER})
 * @param query the query parameter name (default {@value #DEFAULT_QUERY})
 */
public record KeyNames(String header, String query) {

	public static final String DEFAULT_HEADER = "Ocp-Apim-Subscription-Key";

	public static final String DEFAULT_QUERY = "subscription-key";

	public static final KeyNames DEFAULTS = new KeyNames(DEFAULT_HEADER, DEFAULT_QUERY);

	public KeyNames {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(query, "query");
	}

	/** Whether the header was renamed from APIM's default, which cors then no longer allows by itself. */
	public boolean headerRenamed() {
		return !this.header.toLowerCase(Locale.ROOT).equals(DEFAULT_HEADER.toLowerCase(Locale.ROOT));
	}

}
