package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code validate-jwt} (validate-jwt-policy): the token from {@code header-name} (its scheme
 * removed), {@code query-parameter-name} or {@code token-value}; its claims decoded and checked
 * against the scenario clock: {@code exp} (required unless {@code require-expiration-time="false"})
 * and {@code nbf} with {@code clock-skew}, {@code audiences}, {@code issuers} and
 * {@code required-claims}. The signature is not checked. A failure answers
 * {@code failed-validation-httpcode} (default 401) with the LastError reasons of the reference.
 */
final class ValidateJwtExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		Optional<String> token = token(element, state);
		if (token.isEmpty()) {
			return refuse(element, state, "TokenNotPresent", "JWT not present.");
		}
		Optional<JwtToken> jwt = JwtToken.decode(token.get());
		if (jwt.isEmpty()) {
			return refuse(element, state, "JwtInvalid", "JWT is not well formed: its payload is not base64url-encoded JSON.");
		}
		Optional<JwtChecks.Problem> problem = JwtChecks.problem(element, state, jwt.get());
		if (problem.isPresent()) {
			return refuse(element, state, problem.get().reason(), problem.get().message());
		}
		element.element().attribute("output-token-variable-name").ifPresent((name) -> state.variable(name, token.get()));
		state.trace(element, StepOutcome.APPLIED,
				"the token's claims pass (the simulator decodes the token and does not check its signature)", Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static Optional<String> token(EffectiveElement element, PipelineState state) {
		PolicyElement xml = element.element();
		Optional<String> header = xml.attribute("header-name");
		if (header.isPresent()) {
			Optional<String> value = state.request().headers().get(header.get()).map(String::strip);
			return value.flatMap((text) -> withoutScheme(text, xml.attribute("require-scheme"))).filter((t) -> !t.isEmpty());
		}
		Optional<String> query = xml.attribute("query-parameter-name");
		if (query.isPresent()) {
			return state.url().queryValue(query.get()).map(String::strip).filter((t) -> !t.isEmpty());
		}
		return xml.attribute("token-value").map((raw) -> state.expressions().text(element, raw, "").strip())
			.filter((t) -> !t.isEmpty());
	}

	private static Optional<String> withoutScheme(String value, Optional<String> scheme) {
		String expected = scheme.orElse("Bearer").strip();
		boolean hasScheme = value.toLowerCase(Locale.ROOT).startsWith(expected.toLowerCase(Locale.ROOT) + " ");
		if (hasScheme) {
			return Optional.of(value.substring(expected.length() + 1).strip());
		}
		return scheme.isPresent() ? Optional.empty() : Optional.of(value);
	}

	private static Flow refuse(EffectiveElement element, PipelineState state, String reason, String message) {
		PolicyElement xml = element.element();
		int status = status(state.expressions().text(element, xml.attribute("failed-validation-httpcode").orElse("401"),
				"401"));
		String body = xml.attribute("failed-validation-error-message")
			.map((text) -> state.expressions().text(element, text, message))
			.orElse(message);
		GatewayError error = GatewayError.of(status, element.name(), reason, message).withBodyMessage(body);
		return state.fail(element, error, reason + ": " + message + " " + status, Basis.DOCUMENTED);
	}

	private static int status(String text) {
		try {
			int status = Integer.parseInt(text.strip());
			return (status >= 100 && status <= 999) ? status : 401;
		}
		catch (NumberFormatException ex) {
			return 401;
		}
	}

	/** The texts of the children of a list element, e.g. {@code audiences/audience}. */
	static List<String> texts(EffectiveElement element, PipelineState state, String list, String item) {
		List<String> texts = new ArrayList<>();
		element.element().element(list).ifPresent((parent) -> parent.elements(item)
			.forEach((child) -> texts.add(state.expressions().text(element, child.text(), "").strip())));
		return texts;
	}

}
