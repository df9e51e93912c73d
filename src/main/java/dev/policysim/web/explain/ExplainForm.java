package dev.policysim.web.explain;

import java.util.Locale;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the user pasted on the explain page, kept as typed so the page can show it again next to
 * any error.
 *
 * @param origin the page's origin; may be left empty when the request headers carry {@code Origin}
 * @param method the method as given to {@code fetch}
 * @param url the request URL
 * @param credentials {@code omit}, {@code same-origin}, {@code include}, or empty to take
 * {@code include} when the request carried a {@code Cookie}
 * @param requestHeaders the actual request's headers as DevTools shows them raw
 * @param preflightStatus the preflight response's status; may instead be in its headers' status line
 * @param preflightHeaders the preflight response's headers; empty when no preflight was sent
 * @param responseStatus the actual response's status; may instead be in its headers' status line
 * @param responseHeaders the actual response's headers
 */
record ExplainForm(@Size(max = 2000, message = "Keep the origin to 2000 characters.") @Nullable String origin,
		@Size(max = 20, message = "Keep the method to 20 characters.") @Nullable String method,
		@Size(max = 8000, message = "Keep the URL to 8000 characters.") @Nullable String url,
		@Nullable String credentials,
		@Size(max = 65536, message = "Paste at most 64 KB of headers.") @Nullable String requestHeaders,
		@Nullable String preflightStatus,
		@Size(max = 65536, message = "Paste at most 64 KB of headers.") @Nullable String preflightHeaders,
		@Nullable String responseStatus,
		@Size(max = 65536, message = "Paste at most 64 KB of headers.") @Nullable String responseHeaders) {

	/** The empty form the page starts with. */
	static final ExplainForm EMPTY = new ExplainForm("", "GET", "", "", "", "", "", "", "");

	String originValue() {
		return value(this.origin);
	}

	String methodValue() {
		return value(this.method);
	}

	String urlValue() {
		return value(this.url);
	}

	String credentialsValue() {
		return value(this.credentials).toLowerCase(Locale.ROOT);
	}

	String requestHeadersValue() {
		return value(this.requestHeaders);
	}

	String preflightStatusValue() {
		return value(this.preflightStatus);
	}

	String preflightHeadersValue() {
		return value(this.preflightHeaders);
	}

	String responseStatusValue() {
		return value(this.responseStatus);
	}

	String responseHeadersValue() {
		return value(this.responseHeaders);
	}

	private static String value(@Nullable String text) {
		return (text == null) ? "" : text.strip();
	}

}
