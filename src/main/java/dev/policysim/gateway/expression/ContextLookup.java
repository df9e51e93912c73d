package dev.policysim.gateway.expression;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * {@code GetValueOrDefault(name[, default])} on the request headers, the URL query or the
 * variables: the stored value, else the given default, else {@code default(T)}.
 *
 * @param source where to look
 * @param name the name argument
 * @param fallback the default argument, when given
 * @param type the type argument of {@code Variables.GetValueOrDefault<T>}; {@link ValueType#STRING}
 * for headers and query parameters
 */
record ContextLookup(Source source, Node name, Optional<Node> fallback, ValueType type) implements Node {

	ContextLookup {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(fallback, "fallback");
		Objects.requireNonNull(type, "type");
	}

	@Override
	public @Nullable Object evaluate(ExpressionContext context) throws EvaluationException {
		String key = CSharpValues.string(this.name.evaluate(context), this.source.path + " name");
		Optional<?> found = switch (this.source) {
			case HEADER -> context.header(key);
			case QUERY -> context.queryParameter(key);
			case VARIABLE -> context.variable(key);
		};
		if (found.isPresent()) {
			return this.type.cast(found.get(), key);
		}
		if (this.fallback.isPresent()) {
			return this.fallback.get().evaluate(context);
		}
		return this.type.defaultValue();
	}

	@Override
	public int depth() {
		return Math.max(this.name.depth(), this.fallback.map(Node::depth).orElse(0)) + 1;
	}

	/** Where a lookup reads. */
	enum Source {

		HEADER("context.Request.Headers.GetValueOrDefault"), QUERY("context.Request.Url.Query.GetValueOrDefault"),
		VARIABLE("context.Variables.GetValueOrDefault");

		private final String path;

		Source(String path) {
			this.path = path;
		}

		String path() {
			return this.path;
		}

	}

}
