package dev.policysim.browser;

import java.util.Objects;

import dev.policysim.http.HttpHeaders;

/**
 * A request as a script makes it: the arguments of {@code fetch(url, init)} or of
 * {@code XMLHttpRequest.open} and {@code send}.
 *
 * @param method the method as given, before normalisation
 * @param url the absolute URL
 * @param headers the headers the script sets (forbidden ones are dropped by the browser)
 * @param body the body; empty for none
 * @param credentials the credentials mode ({@code withCredentials} maps to include / same-origin)
 * @param mode the request mode ({@code XMLHttpRequest} always uses cors)
 * @param initiator {@code fetch} or {@code XMLHttpRequest}
 */
public record BrowserRequest(String method, String url, HttpHeaders headers, String body,
		CredentialsMode credentials, RequestMode mode, Initiator initiator) {

	public BrowserRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(initiator, "initiator");
	}

	/**
	 * A {@code fetch} in the default mode {@code cors}.
	 * @param method the method as given
	 * @param url the absolute URL
	 * @param headers the headers
	 * @param body the body, empty for none
	 * @param credentials the credentials mode
	 * @return the request
	 */
	public static BrowserRequest fetch(String method, String url, HttpHeaders headers, String body,
			CredentialsMode credentials) {
		return new BrowserRequest(method, url, headers, body, credentials, RequestMode.CORS, Initiator.FETCH);
	}

}
