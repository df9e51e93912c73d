package dev.policysim.web.api;

import java.net.URI;
import java.util.Objects;

import jakarta.servlet.ServletException;

import dev.policysim.browser.explain.ExplainInputException;
import dev.policysim.effective.UnknownNameException;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.store.PermalinkExpiredException;
import dev.policysim.web.NotFoundException;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of the JSON API as an RFC 9457 problem ({@code application/problem+json}), never an
 * HTML page or a stack trace: unusable uploads 400, uploads over a limit 413, a scenario or case
 * that cannot be read 400 with the field's path (and line and column), unknown API, operation or
 * product names 400 with the valid names, unknown ids 404, expired permalinks 410, a wrong content
 * type 415. Ordered before the pages' error handling, which would otherwise answer with HTML.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	static final String TYPE_PREFIX = "urn:policysim:problem:";

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(WorkspaceInputException.class)
	ResponseEntity<ProblemDetail> workspace(WorkspaceInputException ex) {
		boolean limit = ex instanceof WorkspaceLimitException;
		return problem(limit ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
				limit ? "upload-too-large" : "workspace-unusable",
				limit ? "The upload is over a limit" : "The workspace upload cannot be used", message(ex));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "The upload is over a limit",
				"The request is larger than the server accepts at all; a workspace zip may be at most 10 MB.");
	}

	@ExceptionHandler(ScenarioInputException.class)
	ResponseEntity<ProblemDetail> scenario(ScenarioInputException ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, "scenario-invalid",
				"The scenario cannot be used", message(ex));
		ProblemDetail body = Objects.requireNonNull(answer.getBody());
		body.setProperty("field", ex.field());
		ex.position().ifPresent((at) -> {
			body.setProperty("line", at.line());
			body.setProperty("column", at.column());
		});
		return answer;
	}

	@ExceptionHandler(ExplainInputException.class)
	ResponseEntity<ProblemDetail> explain(ExplainInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, "explain-case-invalid", "The case cannot be explained", message(ex));
	}

	@ExceptionHandler(UnknownNameException.class)
	ResponseEntity<ProblemDetail> unknownName(UnknownNameException ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, "unknown-name",
				"The workspace has no such " + ex.kind().name().toLowerCase(java.util.Locale.ROOT), message(ex));
		ProblemDetail body = Objects.requireNonNull(answer.getBody());
		body.setProperty("parameter", ex.kind().name().toLowerCase(java.util.Locale.ROOT));
		body.setProperty("name", ex.name());
		body.setProperty("validNames", ex.validNames());
		return answer;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", message(ex));
	}

	@ExceptionHandler(PermalinkExpiredException.class)
	ResponseEntity<ProblemDetail> expired(PermalinkExpiredException ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.GONE, "permalink-expired", "The permalink has expired",
				message(ex));
		Objects.requireNonNull(answer.getBody()).setProperty("expired", ex.expired().toString());
		return answer;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MultipartException.class, TypeMismatchException.class,
			IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> badRequest(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "The request cannot be used", message(ex));
	}

	/** Spring MVC's own errors (missing part or parameter, wrong content type or method) keep their status. */
	@ExceptionHandler(ServletException.class)
	ResponseEntity<ProblemDetail> servlet(ServletException ex) {
		if (ex instanceof ErrorResponse response) {
			HttpStatusCode status = response.getStatusCode();
			String detail = Objects.requireNonNullElse(response.getBody().getDetail(), message(ex));
			return problem(status, "request-" + status.value(), reason(status), detail);
		}
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "The request cannot be used", message(ex));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"The server failed unexpectedly; nothing was saved.");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}

	private static String reason(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error " + status.value();
	}

	private static String message(Exception ex) {
		return Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getSimpleName());
	}

}
