package dev.policysim.gateway.expression;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The expression subset of gateway.md §7: what it evaluates, and how it refuses the rest. */
class ExpressionCompilerTests {

	private final ExpressionCompiler compiler = new ExpressionCompiler();

	static Stream<Arguments> supported() {
		return Stream.of(arguments("@(\"text\")", "text"), arguments("@(42)", 42L), arguments("@(1.5)", 1.5),
				arguments("@(true)", true), arguments("@(false)", false), arguments("@(null)", null),
				arguments("@(\"a\\\"b\\\\c\\u0041\")", "a\"b\\cA"), arguments("@(@\"say \"\"hi\"\"\")", "say \"hi\""),
				arguments("@(context.Request.Method)", "GET"), arguments("@(context.Request.IpAddress)", "203.0.113.7"),
				arguments("@(context.Request.Url.Path)", "/orders/42"),
				arguments("@(context.Request.Url.Host)", "contoso.azure-api.net"),
				arguments("@(context.Request.Url.Query.GetValueOrDefault(\"expand\"))", "lines"),
				arguments("@(context.Request.Url.Query.GetValueOrDefault(\"missing\", \"none\"))", "none"),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"origin\", \"\"))", "https://portal.contoso.com"),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"X-Missing\"))", null),
				arguments("@(context.Subscription.Id)", "portal-starter"),
				arguments("@(context.Subscription.Key)", "starter-key"),
				arguments("@(context.Subscription.Name)", "portal-starter"), arguments("@(context.Api.Id)", "orders"),
				arguments("@(context.Api.Name)", "Orders API"), arguments("@(context.Api.Path)", "orders"),
				arguments("@(context.Operation.Id)", "get-order"), arguments("@(context.Operation.Name)", "get-order"),
				arguments("@(context.Operation.Method)", "GET"),
				arguments("@(context.Operation.UrlTemplate)", "/{orderId}"),
				arguments("@(context.Response.StatusCode)", 200L),
				arguments("@(context.Variables.GetValueOrDefault<string>(\"tenant\"))", "contoso"),
				arguments("@(context.Variables.GetValueOrDefault<int>(\"retries\"))", 3L),
				arguments("@(context.Variables.GetValueOrDefault<bool>(\"mobile\"))", true),
				arguments("@(context.Variables.GetValueOrDefault<int>(\"missing\"))", 0L),
				arguments("@(context.Variables.GetValueOrDefault<string>(\"missing\", \"x\"))", "x"),
				arguments("@(context.Variables.GetValueOrDefault(\"tenant\"))", "contoso"),
				arguments("@(context.Request.Method == \"GET\")", true), arguments("@(context.Request.Method != \"GET\")", false),
				arguments("@(\"a\" == \"A\")", false), arguments("@(3 == 3.0)", true), arguments("@(null == null)", true),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"X-Missing\") == null)", true),
				arguments("@(true && false)", false), arguments("@(true || false)", true), arguments("@(!true)", false),
				arguments("@(true ? \"yes\" : \"no\")", "yes"), arguments("@(false ? \"yes\" : \"no\")", "no"),
				arguments("@(\"a\" + \"b\" + 1 + true)", "ab1True"), arguments("@(1 + 2)", 3L),
				arguments("@(\"v\" + null)", "v"),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"Origin\",\"\").Contains(\"contoso\"))", true),
				arguments("@(context.Request.Url.Path.StartsWith(\"/orders\"))", true),
				arguments("@(context.Request.Url.Path.EndsWith(\"42\"))", true),
				arguments("@(context.Request.Method.Equals(\"get\"))", false),
				arguments("@(context.Request.Method.ToLower())", "get"),
				arguments("@(context.Api.Name.ToUpper())", "ORDERS API"),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"X-Version\",\"\").Trim().ToLower())", "v2"),
				arguments("@(context.Request.Url.Path.Length)", 10L), arguments("@(string.IsNullOrEmpty(\"\"))", true),
				arguments("@(String.IsNullOrEmpty(context.Request.Headers.GetValueOrDefault(\"X-Missing\")))", true),
				arguments("@(string.IsNullOrEmpty(context.Request.Method))", false),
				arguments("@((context.Request.Method == \"GET\") && !(context.Api.Id == \"x\"))", true),
				arguments("@{ return context.Request.Method + \"-\" + context.Api.Id; }", "GET-orders"),
				arguments("  @(  1 + 1  )  ", 2L));
	}

	@ParameterizedTest
	@MethodSource
	void supported(String text, Object expected) {
		CompiledExpression expression = this.compiler.compile(text);
		Evaluation evaluation = expression.evaluate(TableContext.portalRequest());

		assertThat(expression.refusal()).isEmpty();
		assertThat(evaluation.refusal()).isEmpty();
		assertThat(evaluation.value()).isEqualTo(expected);
	}

	static Stream<Arguments> outsideTheSubset() {
		return Stream.of(arguments("@(context.User.Email)", "context.User"),
				arguments("@(context.Request.Body.As<string>())", "context.Request.Body"),
				arguments("@(context.Variables[\"x\"])", "context.Variables is not a value"),
				arguments("@(false && context.Subscription.Whatever == 1)", "context.Subscription.Whatever"),
				arguments("@((string)context.Variables.GetValueOrDefault(\"x\"))", "')'"),
				arguments("@(DateTime.UtcNow.ToString())", "DateTime"),
				arguments("@(context.Request.Method.Substring(1))", "Substring"),
				arguments("@(context.Request.Method.Equals(\"get\", StringComparison.OrdinalIgnoreCase))", "StringComparison"),
				arguments("@($\"interpolated {context.Api.Id}\")", "'$'"), arguments("@('c')", "'''"),
				arguments("@(1 < 2)", "'<'"), arguments("@(1 - 2)", "'-'"), arguments("@(a ?? b)", "'a'"),
				arguments("@(context.Request)", "context.Request is not a value"),
				arguments("@(context.Request.Headers.GetValueOrDefault<int>(\"x\"))", "'<'"),
				arguments("@(context.Variables.GetValueOrDefault<DateTime>(\"x\"))", "DateTime"),
				arguments("@(context.Request.Headers.GetValueOrDefault())", "0 arguments"),
				arguments("@(context.Request.Url.Path.Length())", "property"),
				arguments("@(string.Join(\",\", \"a\"))", "string.Join"),
				arguments("@{ var x = 1; return x; }", "more than a single return"),
				arguments("@{ return 1; return 2; }", "more than a single return"),
				arguments("@(\"unterminated)", "does not end"), arguments("@(1 === 1)", "'='"),
				arguments("@(1 +)", "ends early"), arguments("@()", "ends early"), arguments("plain text", "not a policy expression"));
	}

	@ParameterizedTest
	@MethodSource
	void outsideTheSubset(String text, String reason) {
		CompiledExpression expression = this.compiler.compile(text);

		assertThat(expression.refusal()).hasValueSatisfying((why) -> assertThat(why).contains(reason));
		Evaluation evaluation = expression.evaluate(TableContext.portalRequest());
		assertThat(evaluation.evaluated()).isFalse();
		assertThat(evaluation.refusal()).isEqualTo(expression.refusal());
	}

	static Stream<Arguments> noValueForThisRequest() {
		return Stream.of(arguments("@(context.Product.Name)", "context.Product is null"),
				arguments("@(context.LastError.Reason)", "context.LastError is null"),
				arguments("@(context.Request.Headers.GetValueOrDefault(\"X-Missing\").ToLower())", "NullReferenceException"),
				arguments("@(context.Request.Method == true)", "compares a string with a bool"),
				arguments("@(\"a\" && true)", "needs a bool"), arguments("@(1 ? 2 : 3)", "needs a bool"),
				arguments("@(true + false)", "adds a bool and a bool"),
				arguments("@(context.Variables.GetValueOrDefault<int>(\"tenant\"))", "holds a string, not a integer"),
				arguments("@(context.Request.Method.Contains(null))", "the argument of Contains"));
	}

	@ParameterizedTest
	@MethodSource
	void noValueForThisRequest(String text, String reason) {
		CompiledExpression expression = this.compiler.compile(text);

		assertThat(expression.refusal()).isEmpty();
		Evaluation evaluation = expression.evaluate(TableContext.portalRequest());
		assertThat(evaluation.evaluated()).isFalse();
		assertThat(evaluation.refusal()).hasValueSatisfying((why) -> assertThat(why).contains(reason));
	}

	@ParameterizedTest
	@ValueSource(ints = { 65, 1_000, 100_000 })
	void refusesDeeplyNestedParenthesesWithoutOverflowing(int depth) {
		String text = "@(" + "(".repeat(depth) + "true" + ")".repeat(depth) + ")";

		CompiledExpression expression = this.compiler.compile(text);

		assertThat(expression.refusal()).hasValueSatisfying((why) -> assertThat(why).containsAnyOf("deeper", "longer"));
	}

	@Test
	void acceptsNestingUpToTheLimit() {
		String text = "@(" + "(".repeat(20) + "true" + ")".repeat(20) + ")";

		assertThat(this.compiler.compile(text).evaluate(new TableContext()).value()).isEqualTo(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "!", "\"a\" + ", "true && ", "x.ToLower()." })
	void refusesLongChainsWithoutOverflowing(String link) {
		String text = "@(" + link.repeat(5_000) + "true)";

		assertThat(this.compiler.compile(text).refusal()).isPresent();
	}

	@Test
	void evaluatesConditionalsLazily() {
		CompiledExpression expression = this.compiler
			.compile("@(context.Subscription.Key == null ? \"anonymous\" : context.Subscription.Key)");

		assertThat(expression.evaluate(TableContext.portalRequest()).value()).isEqualTo("starter-key");
		assertThat(expression.evaluate(new TableContext()).refusal()).isPresent();
	}

	@Test
	void writesBooleansAsCSharpDoes() {
		Evaluation evaluation = this.compiler.compile("@(1 == 1)").evaluate(new TableContext());

		assertThat(evaluation.text()).isEqualTo("True");
	}

}
