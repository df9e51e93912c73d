package dev.policysim.gateway.expression;

import java.util.Optional;

/**
 * What an expression can read of the request being handled. The gateway supplies it from its
 * pipeline state; keeping it an interface lets this package stay independent of the gateway and
 * lets tests evaluate expressions against a plain table of values.
 */
public interface ExpressionContext {

	/**
	 * A property of the context.
	 * @param property which one
	 * @return its value (a {@code String}, or a {@code Long} for the status code); empty when the
	 * object holding it is absent for this request (no subscription, no product, no error yet)
	 */
	Optional<Object> property(ContextProperty property);

	/**
	 * A request header, as {@code context.Request.Headers.GetValueOrDefault} reads it.
	 * @param name the header name, any case
	 * @return the values joined by commas; empty when the request has no such header
	 */
	Optional<String> header(String name);

	/**
	 * A query parameter of the request URL.
	 * @param name the parameter name, compared exactly
	 * @return the first value; empty when the URL has no such parameter
	 */
	Optional<String> queryParameter(String name);

	/**
	 * A variable set by {@code set-variable}.
	 * @param name the variable name
	 * @return its value ({@code String}, {@code Boolean}, {@code Long} or {@code Double}); empty
	 * when no such variable is set
	 */
	Optional<Object> variable(String name);

}
