package dev.policysim.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;

/**
 * What Blink does with a script's request before the network service sees it: normalise the
 * method, throw a TypeError for arguments it refuses, drop forbidden headers, combine repeated
 * names with {@code ", "} and add the {@code Content-Type} a string body implies.
 */
final class RequestConstructor {

	/** What {@code fetch} adds for a string body without its own {@code Content-Type}. */
	static final String TEXT_BODY_TYPE = "text/plain;charset=UTF-8";

	private RequestConstructor() {
	}

	/** The request the browser will send, or the TypeError the script gets instead. */
	record Constructed(RequestMethod method, HttpHeaders headers, String body, Optional<String> typeError) {
	}

	static Constructed construct(BrowserRequest request) {
		RequestMethod method = RequestMethod.normalize(request.method());
		Optional<String> error = typeError(request, method);
		boolean keepsBody = !request.body().isEmpty() && !method.isGetOrHead();
		String body = keepsBody ? request.body() : "";
		return new Constructed(method, headers(request, !body.isEmpty()), body, error);
	}

	private static Optional<String> typeError(BrowserRequest request, RequestMethod method) {
		boolean xhr = request.initiator() == Initiator.XHR;
		if (!method.isValidToken()) {
			// XMLHttpRequest.open throws DOMExceptions where fetch throws TypeErrors.
			return Optional.of((xhr ? "SyntaxError: " + request.initiator().exceptionPrefix() : typeError(request)) + "'"
					+ request.method() + "' is not a valid HTTP method.");
		}
		if (method.isForbidden()) {
			return Optional.of((xhr ? "SecurityError: " + request.initiator().exceptionPrefix() : typeError(request)) + "'"
					+ request.method() + "' HTTP method is unsupported.");
		}
		if (xhr) {
			// XMLHttpRequest ignores a body on GET and HEAD instead of throwing.
			return Optional.empty();
		}
		if (request.mode() == RequestMode.NO_CORS && !method.isCorsSafelisted()) {
			return Optional.of(typeError(request) + "'" + method.value() + "' is unsupported in no-cors mode.");
		}
		if (!request.body().isEmpty() && method.isGetOrHead()) {
			return Optional.of(typeError(request) + "Request with GET/HEAD method cannot have body.");
		}
		return Optional.empty();
	}

	private static String typeError(BrowserRequest request) {
		return "TypeError: " + request.initiator().exceptionPrefix();
	}

	private static HttpHeaders headers(BrowserRequest request, boolean hasBody) {
		Map<String, HttpHeader> combined = new LinkedHashMap<>();
		for (HttpHeader line : request.headers().entries()) {
			String value = line.value().strip();
			String lowerName = line.lowerCaseName();
			if (ForbiddenRequestHeaders.isForbiddenLowerCase(lowerName, value)) {
				continue;
			}
			combined.merge(lowerName, value.equals(line.value()) ? line : new HttpHeader(line.name(), value),
					(first, next) -> new HttpHeader(first.name(), first.value() + ", " + next.value()));
		}
		if (request.mode() == RequestMode.NO_CORS) {
			combined.values().removeIf((line) -> !RequestHeaderSafelist.isNoCorsSafelisted(line.name(), line.value()));
		}
		// fetch and XMLHttpRequest add Accept: */* when the script sets none; it counts towards the
		// 1024 bytes of safelisted values.
		combined.putIfAbsent("accept", new HttpHeader("Accept", "*/*"));
		if (hasBody && !combined.containsKey("content-type")) {
			combined.put("content-type", new HttpHeader("Content-Type", TEXT_BODY_TYPE));
		}
		return new HttpHeaders(combined.values().stream().toList());
	}

}
