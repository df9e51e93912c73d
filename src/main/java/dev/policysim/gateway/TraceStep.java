package dev.policysim.gateway;

import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.SectionName;

/**
 * One step of a request through the gateway (formats.md §3 {@code trace[]}).
 *
 * @param section the pipeline section; empty for the gateway's own steps (matching, subscription
 * check) that run outside any section
 * @param policy the policy element's name, or the gateway step's name ({@code operation-match},
 * {@code subscription-check}, {@code backend})
 * @param scope the scope of the document the policy came from; empty for gateway steps
 * @param location the element in its source file; empty for gateway steps
 * @param outcome what the step did
 * @param detail what happened, in words ("6th call in 60 s; limit is 5")
 * @param basis whether the behaviour is documented, observed or assumed
 */
public record TraceStep(Optional<SectionName> section, String policy, Optional<Scope> scope,
		Optional<SourceLocation> location, StepOutcome outcome, String detail, Basis basis) {

	public TraceStep {
		Objects.requireNonNull(section, "section");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(basis, "basis");
	}

}
