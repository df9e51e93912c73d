package dev.policysim.policy;

/**
 * A node of a policy document: an element, a run of text, or a comment. Comments are kept because
 * users exempt an element from a lint rule with a comment right above it.
 */
public sealed interface PolicyNode permits PolicyElement, PolicyText, PolicyComment {

	/** Where the node starts in its file. */
	Position position();

}
