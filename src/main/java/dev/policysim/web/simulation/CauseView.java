package dev.policysim.web.simulation;

import java.util.Objects;

import dev.policysim.effective.Scope;
import dev.policysim.simulation.cause.Cause;

/**
 * One cause of a send's outcome as the run page shows it.
 *
 * @param index its place in the diagnosis, from 0 (the apply-fix link names it)
 * @param rule the rule id
 * @param severity error, warning or info
 * @param message what happened
 * @param file the source file at fault; empty for the gateway's own steps
 * @param line the line, from 1; 0 without a file
 * @param column the column; 0 without a file
 * @param scope the scope in words; empty without a file
 * @param fix what to change, in words
 * @param patches how many files its mechanical fix changes; 0 when it has none
 * @param suggested whether its patches are the fix to try first
 */
public record CauseView(int index, String rule, String severity, String message, String file, int line, int column,
		String scope, String fix, int patches, boolean suggested) {

	public CauseView {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(fix, "fix");
	}

	static CauseView of(int index, Cause cause, boolean suggested) {
		return new CauseView(index, cause.rule(), cause.severity().jsonName(), cause.message(),
				cause.location().map((at) -> at.file()).orElse(""), cause.location().map((at) -> at.line()).orElse(0),
				cause.location().map((at) -> at.column()).orElse(0), cause.scope().map(Scope::toString).orElse(""),
				cause.fix(), cause.patches().size(), suggested);
	}

}
