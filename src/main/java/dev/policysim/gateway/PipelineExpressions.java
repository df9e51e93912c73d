package dev.policysim.gateway;

import java.util.Locale;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.gateway.expression.ContextProperty;
import dev.policysim.gateway.expression.Evaluation;
import dev.policysim.gateway.expression.ExpressionContext;
import dev.policysim.policy.PolicyExpressions;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the attribute values and texts of policies for one request. A plain value is taken as
 * written; an expression of the subset is evaluated against the request's state (gateway.md §7);
 * any other expression never fails the request: the value comes from the scenario, else from the
 * policy's stated default, and an {@link ExpressionAssumption} records it.
 *
 * <p>{@code context.Request.Url} is the URL as received, with the query as {@code set-query-parameter}
 * left it (assumed: the reference does not say when the URL starts naming the backend).
 */
final class PipelineExpressions implements ExpressionContext {

	private final PipelineState state;

	private final ExpressionValues values;

	private final Journal journal;

	PipelineExpressions(PipelineState state, ExpressionValues values, Journal journal) {
		this.state = state;
		this.values = values;
		this.journal = journal;
	}

	/**
	 * A value as text, as a header value or a counter key uses it.
	 * @param at the policy that holds it
	 * @param raw the attribute value or element text as written
	 * @param fallback the text to go on with when the expression cannot be evaluated
	 * @return the text
	 */
	String text(EffectiveElement at, String raw, String fallback) {
		if (!PolicyExpressions.isExpression(raw)) {
			return raw;
		}
		Evaluation evaluation = this.values.compiled(raw).evaluate(this);
		if (evaluation.evaluated()) {
			return evaluation.text();
		}
		return assume(at, raw, fallback, evaluation.refusal().orElse(""));
	}

	/**
	 * A value as C# gives it, as {@code set-variable} stores it.
	 * @param at the policy that holds it
	 * @param raw the value as written
	 * @param fallback the value to go on with when the expression cannot be evaluated
	 * @return the value; a plain value is a string; {@code null} when the expression gave null
	 */
	@Nullable Object value(EffectiveElement at, String raw, String fallback) {
		if (!PolicyExpressions.isExpression(raw)) {
			return raw;
		}
		Evaluation evaluation = this.values.compiled(raw).evaluate(this);
		if (evaluation.evaluated()) {
			return evaluation.value();
		}
		return assume(at, raw, fallback, evaluation.refusal().orElse(""));
	}

	/**
	 * A condition, as {@code when} and {@code increment-condition} use it.
	 * @param at the policy that holds it
	 * @param raw the value as written: an expression, or {@code true}/{@code false}
	 * @param fallback the value to go on with when the condition cannot be evaluated
	 * @return the condition's value
	 */
	boolean condition(EffectiveElement at, String raw, boolean fallback) {
		String stripped = raw.strip();
		// only "true" and "false" need lower-casing; an expression is longer than either
		String plain = (stripped.length() <= "false".length()) ? stripped.toLowerCase(Locale.ROOT) : stripped;
		if (plain.equals("true") || plain.equals("false")) {
			return plain.equals("true");
		}
		String reason;
		if (PolicyExpressions.isExpression(raw)) {
			Evaluation evaluation = this.values.compiled(raw).evaluate(this);
			if (evaluation.evaluated() && evaluation.value() instanceof Boolean result) {
				return result;
			}
			reason = evaluation.refusal().orElse("the expression gives " + evaluation.text() + ", not a bool");
		}
		else {
			reason = "the condition is neither a policy expression nor true/false";
		}
		return assume(at, raw, String.valueOf(fallback), reason).strip().equalsIgnoreCase("true");
	}

	private String assume(EffectiveElement at, String raw, String fallback, String reason) {
		Optional<String> supplied = this.values.supplied(raw);
		String used = supplied.orElse(fallback);
		this.journal.assume(new ExpressionAssumption(raw.strip(), at.provenance().location(), used,
				supplied.isPresent(), reason));
		return used;
	}

	@Override
	public Optional<Object> property(ContextProperty property) {
		return Optional.ofNullable(ContextProperties.read(this.state, property));
	}

	@Override
	public Optional<String> header(String name) {
		return this.state.request().headers().get(name);
	}

	@Override
	public Optional<String> queryParameter(String name) {
		for (QueryParameter parameter : this.state.request().target().query()) {
			if (parameter.name().equals(name)) {
				return Optional.of(parameter.value());
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<Object> variable(String name) {
		return this.state.variable(name);
	}

}
