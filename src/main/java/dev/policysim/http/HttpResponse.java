package dev.policysim.http;

import java.util.Objects;
import java.util.Optional;

/**
 * A response as it comes over the wire.
 *
 * @param status the status code
 * @param headers the header lines
 * @param body the body; empty when there is none
 */
public record HttpResponse(int status, HttpHeaders headers, String body) {

	public HttpResponse {
		if (status < 100 || status > 999) {
			throw new IllegalArgumentException("status must be between 100 and 999, was " + status);
		}
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
	}

	/**
	 * Where this response redirects to: only 301, 302, 303, 307 and 308 with a {@code Location} are
	 * redirects, as in Chromium's network stack ({@code HttpResponseHeaders::IsRedirect}); a 300 or
	 * a 3xx without {@code Location} is an ordinary response.
	 * @return the raw {@code Location} value; empty when this is not a redirect
	 */
	public Optional<String> redirectLocation() {
		boolean redirectStatus = this.status == 301 || this.status == 302 || this.status == 303 || this.status == 307
				|| this.status == 308;
		if (!redirectStatus) {
			return Optional.empty();
		}
		return this.headers.all("Location").stream().findFirst().filter((location) -> !location.isEmpty());
	}

}
