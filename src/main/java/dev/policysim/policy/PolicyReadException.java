package dev.policysim.policy;

/**
 * A policy file that cannot be read: malformed or hostile XML, too large, too deep, or not a
 * policy document at all.
 */
public class PolicyReadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient ReadProblem problem;

	public PolicyReadException(ReadProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	/** Where and why reading failed. */
	public ReadProblem problem() {
		return this.problem;
	}

}
