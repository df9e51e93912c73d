package dev.policysim.effective;

import java.util.Objects;

import dev.policysim.policy.SectionName;

/**
 * A broader scope's section that is not in the effective policy, and why.
 *
 * @param section the section that lost it
 * @param scope the scope whose policies were left out
 * @param because the reason in words, e.g. {@code apis/orders/policy.xml inbound has no <base/>}
 * @param cause the document whose section lacks {@code <base/>}
 */
public record CutOff(SectionName section, Scope scope, String because, SourceLocation cause) {

	public CutOff {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(because, "because");
		Objects.requireNonNull(cause, "cause");
	}

}
