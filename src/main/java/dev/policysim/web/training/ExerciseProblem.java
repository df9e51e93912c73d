package dev.policysim.web.training;

/**
 * The workspace's scenario cannot be run: it is missing or not a valid {@code scenario.json}. The
 * exercise page shows the message where the goal or the check would be.
 */
class ExerciseProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ExerciseProblem(String message) {
		super(message);
	}

}
