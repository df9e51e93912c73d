package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * {@code check-header} (check-header-policy): the request header {@code name} must be present and,
 * when {@code <value>}s are given, equal one of them (ignoring case with {@code ignore-case="true"});
 * a header sent as several values passes when any of them matches. Otherwise the request fails
 * with {@code failed-check-httpcode} and {@code failed-check-error-message}.
 */
final class CheckHeaderExecutor implements PolicyExecutor {

	@Override
	public Flow execute(EffectiveElement element, PipelineState state) {
		PolicyElement xml = element.element();
		String name = state.expressions().text(element, xml.attribute("name").orElse(""), "");
		boolean ignoreCase = state.expressions().text(element, xml.attribute("ignore-case").orElse("false"), "false")
			.strip()
			.equalsIgnoreCase("true");
		List<String> allowed = new ArrayList<>();
		for (PolicyElement value : xml.elements("value")) {
			allowed.add(state.expressions().text(element, value.text(), ""));
		}
		Optional<String> header = state.request().headers().get(name);
		if (header.isEmpty()) {
			return refuse(element, state, "HeaderNotFound", "Header " + name + " was not found in the request. Access denied.");
		}
		if (!allowed.isEmpty() && !matches(header.get(), allowed, ignoreCase)) {
			return refuse(element, state, "HeaderValueNotAllowed",
					"Header " + name + " value was not allowed. Access denied.");
		}
		state.trace(element, StepOutcome.APPLIED, "header " + name + " is present"
				+ (allowed.isEmpty() ? "" : " with an allowed value"), Basis.DOCUMENTED);
		return Flow.CONTINUE;
	}

	private static boolean matches(String header, List<String> allowed, boolean ignoreCase) {
		List<String> candidates = new ArrayList<>();
		candidates.add(header.strip());
		int start = 0;
		while (start <= header.length()) {
			int comma = header.indexOf(',', start);
			int end = (comma < 0) ? header.length() : comma;
			candidates.add(header.substring(start, end).strip());
			start = end + 1;
		}
		for (String candidate : candidates) {
			for (String value : allowed) {
				if (ignoreCase ? candidate.equalsIgnoreCase(value.strip()) : candidate.equals(value.strip())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Flow refuse(EffectiveElement element, PipelineState state, String reason, String message) {
		PolicyElement xml = element.element();
		int status = status(state.expressions().text(element, xml.attribute("failed-check-httpcode").orElse("401"), "401"));
		String body = xml.attribute("failed-check-error-message")
			.map((text) -> state.expressions().text(element, text, message))
			.orElse(message);
		GatewayError error = GatewayError.of(status, element.name(), reason, message).withBodyMessage(body);
		return state.fail(element, error, message + " " + status, Basis.DOCUMENTED);
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

}
