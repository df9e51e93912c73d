package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.simulation.fix.Patch;

/**
 * One link of the chain that explains a request's outcome (formats.md §3 {@code causes[]}).
 *
 * @param rule the rule id from rules.md
 * @param severity how much it matters
 * @param message what happened, naming the concrete things (status, policy, file and line, origin)
 * @param location the source element at fault; empty for the gateway's own steps (the
 * subscription check, the 404 of an unmatched request)
 * @param scope the scope of the document holding it; empty with the location
 * @param fix what to change, in words
 * @param patches the change as patches to the workspace's files; empty when the fix is not
 * mechanical or the request's goal is met anyway
 */
public record Cause(String rule, Severity severity, String message, Optional<SourceLocation> location,
		Optional<Scope> scope, String fix, List<Patch> patches) {

	public Cause {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(fix, "fix");
		patches = List.copyOf(patches);
	}

	/** The same cause without patches. */
	public Cause withoutPatches() {
		return this.patches.isEmpty() ? this
				: new Cause(this.rule, this.severity, this.message, this.location, this.scope, this.fix, List.of());
	}

	/** The same cause at another severity. */
	public Cause withSeverity(Severity other) {
		return new Cause(this.rule, other, this.message, this.location, this.scope, this.fix, this.patches);
	}

}
