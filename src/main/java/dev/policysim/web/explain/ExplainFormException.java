package dev.policysim.web.explain;

import java.util.Objects;

import dev.policysim.web.FormErrors;

/** The explain form cannot be used as it is; the errors go next to their fields. */
class ExplainFormException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient FormErrors errors;

	ExplainFormException(FormErrors errors) {
		super(String.join("; ", errors.byField().keySet()));
		this.errors = Objects.requireNonNull(errors, "errors");
	}

	FormErrors errors() {
		return this.errors;
	}

}
