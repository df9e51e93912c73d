package dev.policysim.analysis.rule;

import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.PolicyCatalogue;
import dev.policysim.policy.PolicyElement;

/**
 * The policies that can end a request with their own answer (rules.md, {@code cors-not-first}):
 * {@code rate-limit*}, {@code quota*}, {@code validate-jwt}, {@code check-header},
 * {@code ip-filter}, {@code return-response}, {@code mock-response}, {@code authentication-*}, and
 * a {@code choose} holding one of them. Placed before cors, their answer carries no CORS headers.
 */
final class RequestEnders {

	private static final Set<String> BRANCHES = Set.of("when", "otherwise");

	private RequestEnders() {
	}

	/**
	 * What a policy answers when it ends the request.
	 * @param policy a policy element
	 * @return the answer in words, e.g. {@code 429 Too Many Requests}; empty when it cannot end
	 * the request
	 */
	static Optional<String> answer(PolicyElement policy) {
		String name = policy.name();
		if (name.startsWith("rate-limit")) {
			return Optional.of("429 Too Many Requests");
		}
		if (name.startsWith("quota")) {
			return Optional.of("403 once the quota is used up");
		}
		if (name.startsWith("authentication-")) {
			return Optional.of("an error when it cannot authenticate");
		}
		return switch (name) {
			case "validate-jwt" -> Optional.of(policy.attribute("failed-validation-httpcode").orElse("401")
					+ " for a missing or invalid token");
			case "check-header" -> Optional.of(policy.attribute("failed-check-httpcode").orElse("its error status")
					+ " for a missing or wrong header");
			case "ip-filter" -> Optional.of("403 Forbidden");
			case "return-response" -> Optional.of("the response it returns");
			case "mock-response" -> Optional.of("its mocked response");
			case "choose" -> inside(policy);
			default -> Optional.empty();
		};
	}

	/** The first policy of a choose's branches (containers included) that can end the request. */
	private static Optional<String> inside(PolicyElement choose) {
		for (PolicyElement branch : choose.elements()) {
			if (BRANCHES.contains(branch.name())) {
				Optional<String> found = firstIn(branch);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> firstIn(PolicyElement holder) {
		for (PolicyElement child : holder.elements()) {
			Optional<String> answer = answer(child);
			if (answer.isEmpty() && PolicyCatalogue.holdsPolicies(child.name())) {
				answer = firstIn(child);
			}
			if (answer.isPresent()) {
				return answer.map((text) -> child.name() + ", " + text);
			}
		}
		return Optional.empty();
	}

}
