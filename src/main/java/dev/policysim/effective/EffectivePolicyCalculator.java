package dev.policysim.effective;

import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.Workspace;

/**
 * Computes the policy that really runs for a request context, as API Management layers its scopes
 * (gateway.md §2), with every element traced to its source.
 *
 * <p>The effective policy of a context is built one section at a time ({@code inbound},
 * {@code backend}, {@code outbound}, {@code on-error}) from the context's scopes, narrowest first:
 * the operation's document (left out for the API-level policy), the API's, the product's (only in
 * a product context) and the global one. For each section:
 * <ul>
 * <li>A scope without a document, or a document without that section, counts as a section holding
 * only {@code <base/>}: it passes the broader scopes through unchanged.</li>
 * <li>The section's first {@code <base/>} is replaced, at its position, by the next broader scope's
 * section flattened the same way; it may stand anywhere, so policies before it run before the
 * broader ones and policies after it run after them. The effective section records a
 * {@link ScopeBoundary} where that broader scope's part begins and ends (also when it contributes
 * nothing), for the portal's {@code <!--base: Begin Product scope-->} comments.</li>
 * <li>A section without {@code <base/>} cuts off every broader scope, for that section only. For
 * each broader scope whose own section held any policy, a {@link CutOff} says so, nearest scope
 * first, with the narrower section as its cause.</li>
 * <li>{@code <base/>} at global scope has no effect and is dropped.</li>
 * <li>A second (third, ...) {@code <base/>} in one section is ignored and reported as
 * {@code base-duplicate} (not documented; our choice).</li>
 * <li>{@code <include-fragment fragment-id="x"/>}, at the top of a section or nested (in a
 * {@code when}), is replaced by the fragment's policies. They keep the fragment's file and
 * positions, the scope of the including document, and a {@link FragmentOrigin} naming the
 * include; nested ones are listed in the enclosing policy's {@link Provenance#nestedFragments()}.
 * An include inside a fragment is not expanded (fragments cannot nest). A missing fragment leaves
 * the {@code include-fragment} in place (the gateway answers 500 there) and reports
 * {@code fragment-missing}.</li>
 * <li>{@code {{name}}} in any attribute value or text becomes the named value's value, looked up
 * by display name and then by resource name; each use is recorded in the provenance. Text inside
 * {@code <set-body template="liquid">} belongs to the template and is left alone. A reference
 * without a value (unknown, or a secret APIOps did not export) stays as written and reports
 * {@code named-value-missing}.</li>
 * </ul>
 * Problems are those of the sections that actually take part; identical ones are reported once.
 *
 * <p>The calculator holds no state: every call works on its own copies and returns new immutable
 * records, so it gives the same answer for the same workspace and may be called from any number
 * of threads at once.
 */
public final class EffectivePolicyCalculator {

	/**
	 * The effective policy of one context.
	 * @param workspace the workspace
	 * @param context the API, optional operation (compared case-insensitively) and optional product
	 * @return the effective policy; its context spells the names as the workspace does
	 * @throws UnknownNameException when the context names an unknown API, operation or product, or
	 * a product that does not contain the API
	 */
	public EffectivePolicy calculate(Workspace workspace, PolicyContext context) {
		return new FlatteningPass(workspace).calculate(ContextNames.chain(workspace, context));
	}

	/**
	 * A session for calculating many contexts of one workspace one at a time, sharing the work
	 * their broader scopes have in common.
	 * @param workspace the workspace
	 * @return the session; confined to one thread
	 */
	public EffectivePolicySession session(Workspace workspace) {
		return new EffectivePolicySession(workspace);
	}

	/**
	 * The effective policies of every context of the workspace, in the order of
	 * {@link #contexts(Workspace)}. Cheaper than calculating each context alone: the broader
	 * scopes' sections are flattened once and shared between the contexts that have them.
	 * @param workspace the workspace
	 * @return one effective policy per context; empty when the workspace has no API
	 */
	public List<EffectivePolicy> calculateAll(Workspace workspace) {
		FlatteningPass pass = new FlatteningPass(workspace);
		return ContextNames.all(workspace).stream().map(pass::calculate).toList();
	}

	/**
	 * Every context a request can run in: for each API (by name) the API-level context and then
	 * each operation (by name), each first with no product and then under each product containing
	 * the API (by name).
	 * @param workspace the workspace
	 * @return the contexts; empty when the workspace has no API
	 */
	public List<PolicyContext> contexts(Workspace workspace) {
		return ContextNames.all(workspace).stream().map(ScopeChain::context).toList();
	}

	/**
	 * Checks the names of a context before anything is calculated.
	 * @param workspace the workspace
	 * @param api the API's resource name
	 * @param operation the operation's name (case-insensitive); empty for the API-level policy
	 * @param product the product's resource name; empty for no product
	 * @return the context with the names as the workspace spells them
	 * @throws UnknownNameException when a name is unknown, or the product does not contain the API;
	 * its message lists the valid names
	 */
	public PolicyContext context(Workspace workspace, String api, Optional<String> operation,
			Optional<String> product) {
		return ContextNames.chain(workspace, new PolicyContext(api, operation, product)).context();
	}

}
