package dev.policysim.browser;

import java.util.Set;

/**
 * Chromium's {@code network::mojom::CorsError} values a page's request can end in, named as the
 * DevTools protocol names them ({@code Network.loadingFailed.corsErrorStatus.corsError}), with the
 * console text Blink's {@code GetErrorStringForConsoleMessage} builds for each. {@code {hint}}
 * stands for the failed parameter. Checked against Chromium 156 by the differential tests.
 */
public enum CorsError {

	WILDCARD_ORIGIN_NOT_ALLOWED("WildcardOriginNotAllowed", false, Texts.WILDCARD, Suffix.XHR_CREDENTIALS),
	MISSING_ALLOW_ORIGIN_HEADER("MissingAllowOriginHeader", false, Texts.MISSING, Suffix.NONE),
	MULTIPLE_ALLOW_ORIGIN_VALUES("MultipleAllowOriginValues", false, Texts.MULTIPLE, Suffix.FETCH_VALID_VALUE),
	INVALID_ALLOW_ORIGIN_VALUE("InvalidAllowOriginValue", false, Texts.INVALID, Suffix.FETCH_VALID_VALUE),
	ALLOW_ORIGIN_MISMATCH("AllowOriginMismatch", false, Texts.MISMATCH, Suffix.FETCH_VALID_VALUE),
	INVALID_ALLOW_CREDENTIALS("InvalidAllowCredentials", false, Texts.CREDENTIALS, Suffix.XHR_CREDENTIALS),
	PREFLIGHT_INVALID_STATUS("PreflightInvalidStatus", true, "It does not have HTTP ok status.", Suffix.NONE),
	PREFLIGHT_DISALLOWED_REDIRECT("PreflightDisallowedRedirect", true,
			"Redirect is not allowed for a preflight request.", Suffix.NONE),
	PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED("PreflightWildcardOriginNotAllowed", true, Texts.WILDCARD,
			Suffix.XHR_CREDENTIALS),
	PREFLIGHT_MISSING_ALLOW_ORIGIN_HEADER("PreflightMissingAllowOriginHeader", true, Texts.MISSING, Suffix.NONE),
	PREFLIGHT_MULTIPLE_ALLOW_ORIGIN_VALUES("PreflightMultipleAllowOriginValues", true, Texts.MULTIPLE,
			Suffix.FETCH_VALID_VALUE),
	PREFLIGHT_INVALID_ALLOW_ORIGIN_VALUE("PreflightInvalidAllowOriginValue", true, Texts.INVALID,
			Suffix.FETCH_VALID_VALUE),
	PREFLIGHT_ALLOW_ORIGIN_MISMATCH("PreflightAllowOriginMismatch", true, Texts.MISMATCH, Suffix.FETCH_VALID_VALUE),
	PREFLIGHT_INVALID_ALLOW_CREDENTIALS("PreflightInvalidAllowCredentials", true, Texts.CREDENTIALS,
			Suffix.XHR_CREDENTIALS),
	INVALID_ALLOW_METHODS_PREFLIGHT_RESPONSE("InvalidAllowMethodsPreflightResponse", false,
			"Cannot parse Access-Control-Allow-Methods response header field in preflight response.", Suffix.NONE),
	INVALID_ALLOW_HEADERS_PREFLIGHT_RESPONSE("InvalidAllowHeadersPreflightResponse", false,
			"Cannot parse Access-Control-Allow-Headers response header field in preflight response.", Suffix.NONE),
	METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE("MethodDisallowedByPreflightResponse", false,
			"Method {hint} is not allowed by Access-Control-Allow-Methods in preflight response.", Suffix.NONE),
	HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE("HeaderDisallowedByPreflightResponse", false,
			"Request header field {hint} is not allowed by Access-Control-Allow-Headers in preflight response.",
			Suffix.NONE),
	REDIRECT_CONTAINS_CREDENTIALS("RedirectContainsCredentials", false,
			"Redirect location '{hint}' contains a username and password, which is disallowed for cross-origin requests.",
			Suffix.NONE);

	private final String chromiumName;

	private final boolean preflightPrefix;

	private final String template;

	private final Suffix suffix;

	CorsError(String chromiumName, boolean preflightPrefix, String template, Suffix suffix) {
		this.chromiumName = chromiumName;
		this.preflightPrefix = preflightPrefix;
		this.template = template;
		this.suffix = suffix;
	}

	/** The name without Chromium's {@code k}, e.g. {@code MissingAllowOriginHeader}. */
	public String chromiumName() {
		return this.chromiumName;
	}

	/**
	 * Whether the console line says "Response to preflight request doesn't pass access control
	 * check:" (only the ACAO/ACAC, status and redirect errors of a preflight; not the method and
	 * header errors).
	 */
	public boolean hasPreflightPrefix() {
		return this.preflightPrefix;
	}

	/** Whether the error comes from the preflight rather than from the actual response. */
	public boolean isPreflightError() {
		return this.preflightPrefix || this == INVALID_ALLOW_METHODS_PREFLIGHT_RESPONSE
				|| this == INVALID_ALLOW_HEADERS_PREFLIGHT_RESPONSE || this == METHOD_DISALLOWED_BY_PREFLIGHT_RESPONSE
				|| this == HEADER_DISALLOWED_BY_PREFLIGHT_RESPONSE;
	}

	/**
	 * The console text after "has been blocked by CORS policy: ", hint encoded as Blink does.
	 * @param hint the failed parameter
	 * @param initiator fetch or XMLHttpRequest, which choose the trailing advice
	 * @return the text
	 */
	public String consoleBody(String hint, Initiator initiator) {
		String prefix = this.preflightPrefix ? "Response to preflight request doesn't pass access control check: " : "";
		return prefix + this.template.replace("{hint}", encodeHint(hint)) + this.suffix.text(initiator);
	}

	/** The variant of an ACAO/ACAC error raised on a preflight response. */
	CorsError onPreflight() {
		return switch (this) {
			case WILDCARD_ORIGIN_NOT_ALLOWED -> PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED;
			case MISSING_ALLOW_ORIGIN_HEADER -> PREFLIGHT_MISSING_ALLOW_ORIGIN_HEADER;
			case MULTIPLE_ALLOW_ORIGIN_VALUES -> PREFLIGHT_MULTIPLE_ALLOW_ORIGIN_VALUES;
			case INVALID_ALLOW_ORIGIN_VALUE -> PREFLIGHT_INVALID_ALLOW_ORIGIN_VALUE;
			case ALLOW_ORIGIN_MISMATCH -> PREFLIGHT_ALLOW_ORIGIN_MISMATCH;
			case INVALID_ALLOW_CREDENTIALS -> PREFLIGHT_INVALID_ALLOW_CREDENTIALS;
			default -> this;
		};
	}

	/** Blink's {@code EncodeHint}: printable ASCII as is, anything else as {@code \\uXXXX}. */
	static String encodeHint(String hint) {
		StringBuilder encoded = new StringBuilder();
		for (char c : hint.toCharArray()) {
			if (c >= 0x20 && c < 0x7F) {
				encoded.append(c);
			}
			else {
				encoded.append(String.format("\\u%04X", (int) c));
			}
		}
		return encoded.toString();
	}

	/** The advice Chromium appends for one initiator only. */
	private enum Suffix {

		NONE(Set.of(), ""), FETCH_VALID_VALUE(Set.of(Initiator.FETCH), " Have the server send the header with a valid value."),
		XHR_CREDENTIALS(Set.of(Initiator.XHR),
				" The credentials mode of requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute.");

		private final Set<Initiator> initiators;

		private final String text;

		Suffix(Set<Initiator> initiators, String text) {
			this.initiators = initiators;
			this.text = text;
		}

		String text(Initiator actual) {
			return this.initiators.contains(actual) ? this.text : "";
		}

	}

	/** Texts shared by an error and its preflight variant. */
	private static final class Texts {

		static final String WILDCARD = "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";

		static final String MISSING = "No 'Access-Control-Allow-Origin' header is present on the requested resource.";

		static final String MULTIPLE = "The 'Access-Control-Allow-Origin' header contains multiple values '{hint}', but only one is allowed.";

		static final String INVALID = "The 'Access-Control-Allow-Origin' header contains the invalid value '{hint}'.";

		static final String MISMATCH = "The 'Access-Control-Allow-Origin' header has a value '{hint}' that is not equal to the supplied origin.";

		static final String CREDENTIALS = "The value of the 'Access-Control-Allow-Credentials' header in the response is '{hint}' which must be 'true' when the request's credentials mode is 'include'.";

		private Texts() {
		}

	}

}
