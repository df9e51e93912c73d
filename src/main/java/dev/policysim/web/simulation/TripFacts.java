package dev.policysim.web.simulation;

import java.util.List;
import java.util.Optional;

import dev.policysim.gateway.GatewayExchange;
import dev.policysim.gateway.StepOutcome;
import dev.policysim.gateway.TraceStep;

import org.springframework.http.HttpStatus;

/** What the pages say about one trip through the gateway, read from its trace. */
final class TripFacts {

	private TripFacts() {
	}

	/** Whether the gateway called the (mock) backend: the trace's {@code backend} step ran. */
	static boolean backendCalled(GatewayExchange trip) {
		return trip.trace().stream()
			.anyMatch((step) -> step.policy().equals("backend") && step.location().isEmpty()
					&& step.outcome() == StepOutcome.APPLIED);
	}

	/**
	 * Who produced the answer, in a few words: the policy that ended the pipeline with its place,
	 * or the backend, or the gateway's own step.
	 * @param trip the trip
	 * @return e.g. {@code rate-limit at apis/orders/policy.xml:4:5}
	 */
	static String answeredBy(GatewayExchange trip) {
		Optional<TraceStep> ending = ending(trip.trace());
		if (ending.isPresent()) {
			TraceStep step = ending.get();
			return step.policy() + step.location().map((location) -> " at " + location).orElse("");
		}
		return backendCalled(trip) ? "the backend answered" : "the pipeline answered";
	}

	/** The step that ended the pipeline (an error or a policy's own answer); empty when none did. */
	static Optional<TraceStep> ending(List<TraceStep> trace) {
		for (int i = trace.size() - 1; i >= 0; i--) {
			StepOutcome outcome = trace.get(i).outcome();
			if (outcome == StepOutcome.ERROR || outcome == StepOutcome.TERMINATED) {
				return Optional.of(trace.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * A status with its reason phrase.
	 * @param status the code
	 * @return e.g. {@code 429 Too Many Requests}
	 */
	static String status(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? status + " " + known.getReasonPhrase() : String.valueOf(status);
	}

}
