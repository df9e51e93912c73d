package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * An error the gateway or a policy raises, before it becomes a {@link GatewayFailure}: the
 * {@code context.LastError} values and the default error response the caller gets when on-error
 * does not answer otherwise (api-management-error-handling-policies).
 *
 * @param status the status of the default error response
 * @param source the LastError source
 * @param reason the LastError reason
 * @param message the LastError message
 * @param bodyMessage the {@code message} of the JSON body, e.g. {@code Resource not found}
 * @param headers headers of the default error response besides {@code Content-Type}
 * ({@code Retry-After}, {@code WWW-Authenticate})
 */
record GatewayError(int status, String source, String reason, String message, String bodyMessage,
		HttpHeaders headers) {

	GatewayError {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(bodyMessage, "bodyMessage");
		Objects.requireNonNull(headers, "headers");
	}

	/** An error whose body repeats its LastError message, with no extra headers. */
	static GatewayError of(int status, String source, String reason, String message) {
		return new GatewayError(status, source, reason, message, message, HttpHeaders.EMPTY);
	}

	GatewayError withHeader(String name, String value) {
		return new GatewayError(this.status, this.source, this.reason, this.message, this.bodyMessage,
				this.headers.with(name, value));
	}

	GatewayError withBodyMessage(String text) {
		return new GatewayError(this.status, this.source, this.reason, this.message, text, this.headers);
	}

	/**
	 * The response the caller gets: JSON {@code { "statusCode": N, "message": "..." }} as captured
	 * from real gateways (observed), with {@code Content-Type: application/json}.
	 */
	HttpResponse response() {
		String body = "{ \"statusCode\": " + this.status + ", \"message\": \""
				+ new String(JsonStringEncoder.getInstance().quoteAsCharArray(this.bodyMessage)) + "\" }";
		List<HttpHeader> lines = new ArrayList<>(this.headers.entries().size() + 1);
		lines.add(new HttpHeader("Content-Type", "application/json"));
		lines.addAll(this.headers.entries());
		return new HttpResponse(this.status, new HttpHeaders(lines), body);
	}

	GatewayFailure toFailure(Optional<EffectiveElement> element, boolean corsRanBefore) {
		return new GatewayFailure(this.status, this.source, this.reason, this.message, element, corsRanBefore);
	}

}
