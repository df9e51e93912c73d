package dev.policysim.gateway;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.http.HttpResponse;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * Everything one request's pipeline reads and changes, as APIM's {@code context} holds it: the
 * route, the request on its way to the backend, the response being built, the variables, the
 * error raised, the cors element that matched, and how the pipeline ended. One per request.
 */
final class PipelineState {

	private final GatewayRuntime runtime;

	private final Journal journal;

	private final GatewayRequest incoming;

	private final RequestUrl url;

	private final RouteMatch route;

	private final KeyResolution keys;

	private final MockBackend backend;

	private final Instant now;

	private final OutgoingRequest request;

	private final ResponseDraft response = new ResponseDraft();

	private final Map<String, Object> variables = new HashMap<>();

	private final PipelineExpressions expressions;

	private SectionName section = SectionName.INBOUND;

	private @Nullable GatewayFailure failure;

	private @Nullable CorsRules corsMatch;

	private @Nullable Responder ending;

	private boolean backendCalled;

	PipelineState(GatewayRuntime runtime, Journal journal, Arrival arrival, RouteMatch route, KeyResolution keys) {
		this.runtime = runtime;
		this.journal = journal;
		this.incoming = arrival.request();
		this.url = arrival.url();
		this.route = route;
		this.keys = keys;
		this.backend = arrival.backend();
		this.now = arrival.now();
		this.request = new OutgoingRequest(arrival, route);
		this.expressions = new PipelineExpressions(this, runtime.expressions(), journal);
	}

	GatewayRuntime runtime() {
		return this.runtime;
	}

	GatewayProfile profile() {
		return this.runtime.profile();
	}

	Journal journal() {
		return this.journal;
	}

	PipelineExpressions expressions() {
		return this.expressions;
	}

	GatewayRequest incoming() {
		return this.incoming;
	}

	RequestUrl url() {
		return this.url;
	}

	RouteMatch route() {
		return this.route;
	}

	Api api() {
		return this.route.api();
	}

	Optional<Operation> operation() {
		return this.route.operation();
	}

	Optional<Product> product() {
		return this.keys.product();
	}

	Optional<Subscription> subscription() {
		return this.keys.subscription();
	}

	MockBackend backend() {
		return this.backend;
	}

	Instant now() {
		return this.now;
	}

	OutgoingRequest request() {
		return this.request;
	}

	ResponseDraft response() {
		return this.response;
	}

	SectionName section() {
		return this.section;
	}

	void enter(SectionName name) {
		this.section = name;
	}

	/** The headers policies of the current section change: the request's before the backend, else the response's. */
	MutableHeaders messageHeaders() {
		return onRequestSide() ? this.request.headers() : this.response.headers();
	}

	boolean onRequestSide() {
		return this.section == SectionName.INBOUND || this.section == SectionName.BACKEND;
	}

	Optional<Object> variable(String name) {
		return Optional.ofNullable(this.variables.get(name));
	}

	void variable(String name, @Nullable Object value) {
		if (value == null) {
			this.variables.remove(name);
		}
		else {
			this.variables.put(name, value);
		}
	}

	void trace(EffectiveElement element, StepOutcome outcome, String detail, Basis basis) {
		this.journal.policy(this.section, element, outcome, detail, basis);
	}

	/**
	 * Records a policy's failure and raises its error.
	 * @param element the failing policy
	 * @param error the error
	 * @param detail what happened, in words
	 * @param basis how sure the simulator is of the behaviour
	 * @return {@link Flow#ERROR}
	 */
	Flow fail(EffectiveElement element, GatewayError error, String detail, Basis basis) {
		trace(element, StepOutcome.ERROR, detail, basis);
		return raise(Optional.of(element), error);
	}

	/**
	 * Raises an error: sets {@code context.LastError} and puts the default error response in place,
	 * which on-error may change (api-management-error-handling-policies).
	 * @param element the policy that raised it; empty for the gateway's own steps
	 * @param error the error
	 * @return {@link Flow#ERROR}
	 */
	Flow raise(Optional<EffectiveElement> element, GatewayError error) {
		this.failure = error.toFailure(element, this.corsMatch != null);
		this.response.replace(error.response());
		return Flow.ERROR;
	}

	Optional<GatewayFailure> failure() {
		return Optional.ofNullable(this.failure);
	}

	/** Ends the pipeline with a response a policy or cors chose. */
	Flow end(Responder responder, HttpResponse answer) {
		this.ending = responder;
		this.response.replace(answer);
		return Flow.END;
	}

	/** Ends the pipeline with the response as it stands (return-response built it in place). */
	Flow end(Responder responder) {
		this.ending = responder;
		return Flow.END;
	}

	Optional<CorsRules> corsMatch() {
		return Optional.ofNullable(this.corsMatch);
	}

	void corsMatched(CorsRules rules) {
		this.corsMatch = rules;
	}

	void backendCalled(HttpResponse answer) {
		this.backendCalled = true;
		this.response.replace(answer);
	}

	/** Who produced the response: an error first, then a policy that ended the pipeline, then the backend. */
	Responder responder() {
		if (this.failure != null) {
			return "authorization".equals(this.failure.source()) ? Responder.SUBSCRIPTION_CHECK : Responder.ERROR;
		}
		if (this.ending != null) {
			return this.ending;
		}
		return this.backendCalled ? Responder.BACKEND : Responder.PIPELINE;
	}

}
