package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyElement;

/**
 * The claim checks of {@code validate-jwt}, in the reference's order: lifetime, audience, issuer,
 * required claims. Each failure is a LastError reason and message.
 */
final class JwtChecks {

	private JwtChecks() {
	}

	/**
	 * The first check the token fails.
	 * @param element the validate-jwt element
	 * @param state the request's state
	 * @param jwt the decoded token
	 * @return the failed check; empty when every check passes
	 */
	static Optional<Problem> problem(EffectiveElement element, PipelineState state, JwtToken jwt) {
		PolicyElement xml = element.element();
		long now = state.now().getEpochSecond();
		long skew = seconds(xml.attribute("clock-skew").orElse("0"));
		boolean requireExpiry = !xml.attribute("require-expiration-time").orElse("true").strip().equalsIgnoreCase("false");
		Optional<Long> expiry = jwt.seconds("exp");
		if (expiry.isEmpty() && requireExpiry) {
			return failure("JwtInvalid", "Lifetime validation failed. The token is missing an expiration time.");
		}
		if (expiry.isPresent() && expiry.get() + skew < now) {
			return failure("TokenExpired", "Lifetime validation failed. The token is expired.");
		}
		Optional<Long> notBefore = jwt.seconds("nbf");
		if (notBefore.isPresent() && notBefore.get() - skew > now) {
			return failure("JwtInvalid", "Lifetime validation failed. The token is not valid yet.");
		}
		List<String> audiences = ValidateJwtExecutor.texts(element, state, "audiences", "audience");
		if (!audiences.isEmpty() && jwt.values("aud", "").stream().noneMatch(audiences::contains)) {
			return failure("TokenAudienceNotAllowed", "Audience validation failed.");
		}
		List<String> issuers = ValidateJwtExecutor.texts(element, state, "issuers", "issuer");
		if (!issuers.isEmpty() && jwt.values("iss", "").stream().noneMatch(issuers::contains)) {
			return failure("TokenIssuerNotAllowed", "Issuer validation failed.");
		}
		return requiredClaims(element, state, jwt);
	}

	private static Optional<Problem> requiredClaims(EffectiveElement element, PipelineState state, JwtToken jwt) {
		Optional<PolicyElement> required = element.element().element("required-claims");
		for (PolicyElement claim : required.map(PolicyElement::elements).orElse(List.of())) {
			String name = claim.attribute("name").orElse("");
			List<String> actual = jwt.values(name, claim.attribute("separator").orElse(""));
			if (actual.isEmpty()) {
				return failure("TokenClaimNotFound", "Claim " + name + " was not found in the token.");
			}
			List<String> expected = new ArrayList<>();
			claim.elements("value").forEach((value) -> expected.add(state.expressions().text(element, value.text(), "").strip()));
			boolean all = claim.attribute("match").orElse("all").strip().equalsIgnoreCase("all");
			boolean passes = expected.isEmpty() || (all ? actual.containsAll(expected)
					: expected.stream().anyMatch(actual::contains));
			if (!passes) {
				return failure("TokenClaimValueNotAllowed", "Claim " + name + " has a value that is not allowed.");
			}
		}
		return Optional.empty();
	}

	private static Optional<Problem> failure(String reason, String message) {
		return Optional.of(new Problem(reason, message));
	}

	/**
	 * A failed check.
	 *
	 * @param reason the LastError reason, e.g. {@code TokenExpired}
	 * @param message the LastError message
	 */
	record Problem(String reason, String message) {
	}

	private static long seconds(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
