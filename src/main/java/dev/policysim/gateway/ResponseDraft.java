package dev.policysim.gateway;

import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpResponse;

/**
 * The response while the pipeline builds it ({@code context.Response}): 200 and empty until the
 * backend answers, a policy sets it, or an error puts the default error response in place.
 */
final class ResponseDraft {

	private int status;

	private MutableHeaders headers;

	private String body;

	ResponseDraft() {
		this.status = 200;
		this.headers = new MutableHeaders(HttpHeaders.EMPTY);
		this.body = "";
	}

	void replace(HttpResponse response) {
		this.status = response.status();
		this.headers = new MutableHeaders(response.headers());
		this.body = response.body();
	}

	int status() {
		return this.status;
	}

	void status(int code) {
		this.status = code;
	}

	MutableHeaders headers() {
		return this.headers;
	}

	String body() {
		return this.body;
	}

	void body(String text) {
		this.body = text;
	}

	HttpResponse freeze() {
		return new HttpResponse(this.status, this.headers.freeze(), this.body);
	}

}
