package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scope's own section with fragments inlined and named values substituted, split at its
 * first {@code <base/>}. It does not depend on the context, so one resolution serves every
 * context the document takes part in.
 *
 * @param hasBase whether the section holds {@code <base/>} (a missing document or section counts
 * as holding only {@code <base/>})
 * @param before the policies before the first {@code <base/>}; all of them when there is none
 * @param after the policies after the first {@code <base/>}
 * @param cause the section element, cited when its lack of {@code <base/>} cuts off broader
 * scopes; empty for a missing document or section
 * @param problems what resolving met: duplicate {@code <base/>}, missing fragments and named values
 */
record ResolvedSection(boolean hasBase, List<EffectiveElement> before, List<EffectiveElement> after,
		Optional<SourceLocation> cause, List<CalculationProblem> problems) {

	ResolvedSection {
		before = List.copyOf(before);
		after = List.copyOf(after);
		Objects.requireNonNull(cause, "cause");
		problems = List.copyOf(problems);
	}

	/** A section that holds only {@code <base/>}: a missing document or section. */
	static final ResolvedSection PASS_THROUGH = new ResolvedSection(true, List.of(), List.of(), Optional.empty(),
			List.of());

	/** The section's own policies in order, {@code <base/>} left out. */
	List<EffectiveElement> all() {
		if (this.after.isEmpty()) {
			return this.before;
		}
		List<EffectiveElement> all = new ArrayList<>(this.before.size() + this.after.size());
		all.addAll(this.before);
		all.addAll(this.after);
		return all;
	}

}
