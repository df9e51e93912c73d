package dev.policysim.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.Scope;
import dev.policysim.policy.Position;

/**
 * One problem, reported once at the source element that causes it.
 *
 * @param rule the rule id, e.g. {@code cors-not-first}
 * @param severity the severity after the workspace's settings
 * @param message what is wrong, naming the elements, files and contexts involved
 * @param file the file to fix, relative to the workspace root
 * @param position the line and column of the element ({@code <}) in that file
 * @param scope the scope whose document holds the element (for an element inlined from a
 * fragment: the scope that includes it); empty for a file outside any scope, such as a fragment
 * never included or {@code policysim.json}
 * @param contexts where the problem bites (API, operation, product), in workspace order; empty for
 * a problem of a file or element that does not depend on the request
 * @param fix how to fix it
 */
public record Finding(String rule, Severity severity, String message, String file, Position position,
		Optional<Scope> scope, List<PolicyContext> contexts, String fix) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(scope, "scope");
		contexts = List.copyOf(contexts);
		Objects.requireNonNull(fix, "fix");
	}

	public int line() {
		return this.position.line();
	}

	public int column() {
		return this.position.column();
	}

	/**
	 * The first context where the problem bites, as formats.md §5's {@code context}.
	 * @return the context, or empty for a problem that does not depend on the request
	 */
	public Optional<PolicyContext> context() {
		return this.contexts.isEmpty() ? Optional.empty() : Optional.of(this.contexts.get(0));
	}

	/**
	 * A copy with another severity, as a workspace's settings ask.
	 * @param newSeverity the severity to report
	 * @return the copy
	 */
	public Finding withSeverity(Severity newSeverity) {
		return new Finding(this.rule, newSeverity, this.message, this.file, this.position, this.scope, this.contexts,
				this.fix);
	}

}
