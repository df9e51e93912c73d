package dev.policysim.gateway;

import java.util.Objects;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;

/**
 * What the backend answers when {@code forward-request} calls it (formats.md §2 {@code backend}).
 *
 * @param response the response; by default {@code 200} with JSON {@code {}}
 */
public record MockBackend(HttpResponse response) {

	/** 200, {@code Content-Type: application/json}, body {@code {}}. */
	public static final MockBackend DEFAULT = new MockBackend(
			new HttpResponse(200, HttpHeaders.of("Content-Type", "application/json"), "{}"));

	public MockBackend {
		Objects.requireNonNull(response, "response");
	}

}
