package dev.policysim.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;

/**
 * An element standing where policies stand (in a section, a {@code when} branch, a container
 * policy, or a fragment), with where it stands. Rules about one element, such as
 * {@code cors-origin-invalid} or {@code policy-misplaced}, look at sites rather than effective
 * policies: a document's elements are checked once however many contexts share them, and also when
 * no context reaches them (a product without APIs).
 *
 * <p>A fragment's policies appear once for each {@code include-fragment} that pulls them in, with
 * the section and scope of the including document, so placement is checked where they land; a
 * fragment no document includes appears once, without section or scope.
 *
 * @param element the element
 * @param file the file it stands in (the fragment's file for a fragment's policy)
 * @param scope the scope of the document (for a fragment's policy: of the including document);
 * empty for a fragment nobody includes
 * @param api the API whose document (or operation's document) it stands in; empty at product and
 * global scope
 * @param section the section it runs in; empty for a fragment nobody includes
 * @param enclosing the policies around it inside the section, outermost first ({@code choose} for a
 * policy in a {@code when}); empty for a direct child of the section
 * @param fragment the fragment id, for a fragment's policy
 * @param includedAt where the {@code include-fragment} that brought it in stands
 */
public record PolicySite(PolicyElement element, String file, Optional<Scope> scope, Optional<String> api,
		Optional<SectionName> section,
		List<PolicyElement> enclosing, Optional<String> fragment, Optional<SourceLocation> includedAt) {

	public PolicySite {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(api, "api");
		Objects.requireNonNull(section, "section");
		enclosing = List.copyOf(enclosing);
		Objects.requireNonNull(fragment, "fragment");
		Objects.requireNonNull(includedAt, "includedAt");
	}

	/** The element's name, e.g. {@code cors}. */
	public String name() {
		return this.element.name();
	}

	/** Where a finding about this element points. */
	public FindingLocation location() {
		return new FindingLocation(this.file, this.element.position(), this.scope);
	}

	/** The element's file and position, as messages cite it. */
	public SourceLocation source() {
		return new SourceLocation(this.file, this.element.position());
	}

	/** Whether it stands inside another policy rather than directly in its section or fragment. */
	public boolean nested() {
		return !this.enclosing.isEmpty();
	}

	/**
	 * Where the element lands, for messages: "in inbound at product starter", with the include for
	 * a fragment's policy.
	 * @return the phrase
	 */
	public String whereItRuns() {
		String where = this.section.map((name) -> "in " + name).orElse("in a fragment")
				+ this.scope.map((value) -> " at " + value + " scope").orElse("");
		return where + this.includedAt.map((include) -> " (included at " + include + ")").orElse("");
	}

}
