package dev.policysim.web;

import dev.policysim.store.PermalinkExpiredException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what pages throw into error pages a person can act on: a real 404 for unknown ids, a 410
 * for an expired permalink, a 400 for a malformed request, a 413 for an upload over the server's
 * hard limit. Never a stack trace
 * ({@code server.error.include-stacktrace=never} covers the rest).
 */
@ControllerAdvice(basePackageClasses = ErrorPages.class)
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page("error/404", HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** A permalink whose expiry has passed: the link was real, so 410 Gone rather than 404. */
	@ExceptionHandler(PermalinkExpiredException.class)
	ModelAndView gone(PermalinkExpiredException ex) {
		ModelAndView page = page("error/410", HttpStatus.GONE, ex.getMessage());
		page.addObject("expired", ex.expired());
		return page;
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
			IllegalArgumentException.class })
	ModelAndView badRequest(Exception ex) {
		return page("error/400", HttpStatus.BAD_REQUEST, "The request was not understood: " + ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page("error/400", HttpStatus.CONTENT_TOO_LARGE,
				"The upload is larger than the server accepts at all (64 MB); a zip may be at most 10 MB.");
	}

	private static ModelAndView page(String view, HttpStatus status, String message) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("message", message);
		page.addObject("status", status.value());
		return page;
	}

}
