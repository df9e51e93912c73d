package dev.policysim.web.api;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors raised before a controller is chosen — a wrong content type or method,
 * no such path, a body over the servlet's hard size limit — as problems. {@link ApiProblems} cannot
 * see these (no controller, so no package to match), so this one stands in for Boot's default
 * problem handler, for the whole application as Boot's did, and gives the API's problems the same
 * {@code type} and {@code title} scheme as all its others.
 */
@RestControllerAdvice
@Order(0)
class RequestProblems extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && isApi(request)) {
			boolean tooLarge = status.value() == HttpStatus.CONTENT_TOO_LARGE.value();
			problem.setType(URI.create(ApiProblems.TYPE_PREFIX + (tooLarge ? "upload-too-large" : "request-" + status.value())));
			HttpStatus known = HttpStatus.resolve(status.value());
			problem.setTitle((known != null) ? known.getReasonPhrase() : "Error " + status.value());
			if (tooLarge) {
				problem.setTitle("The upload is over a limit");
				problem.setDetail("The request is larger than the server accepts at all; a workspace zip may be at most 10 MB.");
			}
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private static boolean isApi(WebRequest request) {
		return request instanceof ServletWebRequest servlet && servlet.getRequest().getRequestURI().startsWith("/api/");
	}

}
