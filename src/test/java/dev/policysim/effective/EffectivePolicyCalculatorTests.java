package dev.policysim.effective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.policysim.policy.Position;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.effective.WorkspaceFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The layering rules of gateway.md §2, one row per rule, for API {@code orders}, operation
 * {@code get-order} under product {@code starter}. Sections use {@link WorkspaceFixture#section}'s
 * shorthand ({@code -}: no document), results {@link SectionSummary}'s.
 */
class EffectivePolicyCalculatorTests {

	private static final PolicyContext GET_ORDER_STARTER = new PolicyContext("orders", Optional.of("get-order"),
			Optional.of("starter"));

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			base first at every scope                  | g1          | base p1    | base a1           | base o1    | {Api {Product {Global g1 }Global p1 }Product a1 }Api o1          | none                               | none
			base between policies                      | g1          | p1 base p2 | a1 base a2        | o1 base o2 | o1 {Api a1 {Product p1 {Global g1 }Global p2 }Product a2 }Api o2 | none                               | none
			base last                                  | g1          | p1 base    | a1 base           | o1 base    | o1 {Api a1 {Product p1 {Global g1 }Global }Product }Api          | none                               | none
			operation without base cuts off the rest   | g1          | base p1    | base a1           | o1         | o1                                                               | api orders; product starter; global | none
			empty operation section cuts off the rest  | g1          | base p1    | base a1           | EMPTY      | (empty)                                                          | api orders; product starter; global | none
			API without base cuts off product, global  | g1          | base p1    | a1                | base o1    | {Api a1 }Api o1                                                  | product starter; global            | none
			product without base cuts off global       | g1          | p1         | base a1           | base o1    | {Api {Product p1 }Product a1 }Api o1                             | global                             | none
			only scopes that lose policies are listed  | g1          | base       | a1                | base o1    | {Api a1 }Api o1                                                  | global                             | none
			nothing lost, nothing listed               | -           | base       | a1                | base o1    | {Api a1 }Api o1                                                  | none                               | none
			operation without document passes through  | g1          | base p1    | base a1           | -          | {Api {Product {Global g1 }Global p1 }Product a1 }Api             | none                               | none
			API without document passes through        | g1          | base p1    | -                 | base o1    | {Api {Product {Global g1 }Global p1 }Product }Api o1             | none                               | none
			product without document passes through    | g1          | -          | base a1           | base o1    | {Api {Product {Global g1 }Global }Product a1 }Api o1             | none                               | none
			no global document                         | -           | base p1    | base a1           | base o1    | {Api {Product {Global }Global p1 }Product a1 }Api o1             | none                               | none
			documents without the section pass through | g1          | NONE       | NONE              | NONE       | {Api {Product {Global g1 }Global }Product }Api                   | none                               | none
			base at global scope has no effect         | g0 base g1  | base p1    | base a1           | base o1    | {Api {Product {Global g0 g1 }Global p1 }Product a1 }Api o1       | none                               | none
			duplicate base expands at the first        | g1          | base p1    | a1 base a2 base a3 | base o1   | {Api a1 {Product {Global g1 }Global p1 }Product a2 a3 }Api o1    | none                               | base-duplicate
			duplicate base at global is reported       | g1 base base | base p1   | base a1           | base o1    | {Api {Product {Global g1 }Global p1 }Product a1 }Api o1          | none                               | base-duplicate
			""")
	void flattensInboundAsTheGatewayLayersScopes(String rule, String global, String product, String api,
			String operation, String effective, String cutOffs, String problems) {
		Workspace workspace = new WorkspaceFixture().global(section(global))
			.product("starter", section(product), "orders")
			.api("orders", section(api))
			.operation("orders", "get-order", section(operation))
			.build();

		EffectivePolicy policy = this.calculator.calculate(workspace, GET_ORDER_STARTER);

		assertThat(SectionSummary.of(policy.section(SectionName.INBOUND))).isEqualTo(effective);
		assertThat(policy.cutOffs()).extracting((cutOff) -> cutOff.scope().toString())
			.containsExactlyElementsOf(list(cutOffs));
		assertThat(policy.problems()).extracting(CalculationProblem::rule).containsExactlyElementsOf(list(problems));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-         | -         | {Global g1 }Global a1                                            | none
			-         | starter   | {Product {Global g1 }Global s1 }Product a1                       | none
			-         | unlimited | {Product u1 }Product a1                                          | global
			get-order | -         | {Api {Global g1 }Global a1 }Api o1                               | none
			get-order | starter   | {Api {Product {Global g1 }Global s1 }Product a1 }Api o1          | none
			get-order | unlimited | {Api {Product u1 }Product a1 }Api o1                             | global
			""")
	void givesEachProductContextOfAnApiInTwoProductsItsOwnPolicy(String operation, String product, String effective,
			String cutOffs) {
		PolicyContext context = new PolicyContext("orders", Optional.ofNullable(operation), Optional.ofNullable(product));

		EffectivePolicy policy = this.calculator.calculate(twoProducts(), context);

		assertThat(SectionSummary.of(policy.section(SectionName.INBOUND))).isEqualTo(effective);
		assertThat(policy.cutOffs()).extracting((cutOff) -> cutOff.scope().toString())
			.containsExactlyElementsOf(list(cutOffs));
		assertThat(policy.context()).isEqualTo(context);
	}

	@Test
	void listsEveryContextApiLevelFirstNoProductFirst() {
		assertThat(this.calculator.contexts(twoProducts())).extracting(PolicyContext::toString)
			.containsExactly("API billing with no product", "API orders with no product",
					"API orders under product starter", "API orders under product unlimited",
					"API orders, operation get-order with no product",
					"API orders, operation get-order under product starter",
					"API orders, operation get-order under product unlimited");
	}

	@Test
	void calculatesAllContextsAsEachAlone() {
		Workspace workspace = twoProducts();

		List<EffectivePolicy> all = this.calculator.calculateAll(workspace);

		assertThat(all).extracting(EffectivePolicy::context).isEqualTo(this.calculator.contexts(workspace));
		assertThat(all).allSatisfy((policy) -> assertThat(policy)
			.isEqualTo(this.calculator.calculate(workspace, policy.context())));
	}

	@Test
	void treatsAnOpenProductAsAProductContextLikeAnyOther() {
		Workspace workspace = new WorkspaceFixture().global(section("g1"))
			.openProduct("public", section("base open1"), "orders")
			.api("orders", section("base a1"))
			.build();

		assertThat(this.calculator.contexts(workspace)).extracting(PolicyContext::toString)
			.containsExactly("API orders with no product", "API orders under product public");
		assertThat(this.calculator.calculateAll(workspace))
			.extracting((policy) -> SectionSummary.of(policy.section(SectionName.INBOUND)))
			.containsExactly("{Global g1 }Global a1", "{Product {Global g1 }Global open1 }Product a1");
	}

	@Test
	void cutsOffOnlyTheSectionWithoutBase() {
		Workspace workspace = new WorkspaceFixture().global("""
				<policies>
				    <inbound><set-variable name="g-in" value="1" /></inbound>
				    <outbound><set-variable name="g-out" value="1" /></outbound>
				</policies>
				""").api("orders", """
				<policies>
				    <inbound><set-variable name="a-in" value="1" /></inbound>
				    <outbound><base /><set-variable name="a-out" value="1" /></outbound>
				</policies>
				""").build();

		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders", Optional.empty(), Optional.empty()));

		assertThat(SectionSummary.of(policy.section(SectionName.INBOUND))).isEqualTo("a-in");
		assertThat(SectionSummary.of(policy.section(SectionName.OUTBOUND))).isEqualTo("{Global g-out }Global a-out");
		assertThat(SectionSummary.of(policy.section(SectionName.BACKEND))).isEqualTo("{Global }Global");
		assertThat(policy.cutOffs()).containsExactly(new CutOff(SectionName.INBOUND, Scope.GLOBAL,
				"apis/orders/policy.xml inbound has no <base/>",
				new SourceLocation("apis/orders/policy.xml", new Position(2, 5))));
	}

	@Test
	void namesTheSectionWithoutBaseAsTheCauseOfEachCutOff() {
		Workspace workspace = new WorkspaceFixture().global(section("g1"))
			.product("starter", section("base p1"), "orders")
			.api("orders", section("base a1"))
			.operation("orders", "get-order", section("o1"))
			.build();

		EffectivePolicy policy = this.calculator.calculate(workspace, GET_ORDER_STARTER);

		SourceLocation cause = new SourceLocation("apis/orders/operations/get-order/policy.xml", new Position(2, 5));
		String because = "apis/orders/operations/get-order/policy.xml inbound has no <base/>";
		assertThat(policy.cutOffs()).containsExactly(
				new CutOff(SectionName.INBOUND, Scope.of(ScopeKind.API, "orders"), because, cause),
				new CutOff(SectionName.INBOUND, Scope.of(ScopeKind.PRODUCT, "starter"), because, cause),
				new CutOff(SectionName.INBOUND, Scope.GLOBAL, because, cause));
	}

	@Test
	void tracesEveryElementToItsScopeFileAndPosition() {
		Workspace workspace = new WorkspaceFixture().global(section("g1"))
			.product("starter", section("base p1"), "orders")
			.api("orders", section("base a1"))
			.operation("orders", "get-order", section("base o1"))
			.build();

		EffectivePolicy policy = this.calculator.calculate(workspace, GET_ORDER_STARTER);

		assertThat(policy.elements(SectionName.INBOUND)).extracting(EffectiveElement::provenance).containsExactly(
				Provenance.of(Scope.GLOBAL, new SourceLocation("policy.xml", new Position(3, 9))),
				Provenance.of(Scope.of(ScopeKind.PRODUCT, "starter"),
						new SourceLocation("products/starter/policy.xml", new Position(4, 9))),
				Provenance.of(Scope.of(ScopeKind.API, "orders"),
						new SourceLocation("apis/orders/policy.xml", new Position(4, 9))),
				Provenance.of(Scope.of(ScopeKind.OPERATION, "get-order"),
						new SourceLocation("apis/orders/operations/get-order/policy.xml", new Position(4, 9))));
	}

	@Test
	void reportsTheSecondBaseWhereItStands() {
		Workspace workspace = new WorkspaceFixture().api("orders", section("base a1 base")).build();

		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders", Optional.empty(), Optional.empty()));

		assertThat(policy.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.rule()).isEqualTo("base-duplicate");
			assertThat(problem.location()).isEqualTo(new SourceLocation("apis/orders/policy.xml", new Position(5, 9)));
			assertThat(problem.scope()).isEqualTo(Scope.of(ScopeKind.API, "orders"));
			assertThat(problem.message()).contains("apis/orders/policy.xml inbound");
		});
	}

	@Test
	void aSessionCalculatesEachContextAsTheCalculatorDoesInAnyOrder() {
		Workspace workspace = twoProducts();
		EffectivePolicySession session = this.calculator.session(workspace);
		List<PolicyContext> contexts = new ArrayList<>(this.calculator.contexts(workspace));
		Collections.reverse(contexts);

		assertThat(contexts).allSatisfy((context) -> assertThat(session.calculate(context))
			.isEqualTo(this.calculator.calculate(workspace, context)));
		assertThat(session.calculate(contexts.get(0))).isEqualTo(session.calculate(contexts.get(0)));
	}

	@Test
	void aSessionRefusesUnknownNamesAsTheCalculatorDoes() {
		EffectivePolicySession session = this.calculator.session(twoProducts());

		assertThatThrownBy(() -> session.calculate(new PolicyContext("billing", Optional.empty(), Optional.of("starter"))))
			.isInstanceOf(UnknownNameException.class);
	}

	@Test
	void givesTheSameAnswerFromManyThreads() {
		Workspace workspace = twoProducts();
		List<EffectivePolicy> sequential = this.calculator.calculateAll(workspace);

		List<EffectivePolicy> parallel = this.calculator.contexts(workspace)
			.parallelStream()
			.map((context) -> this.calculator.calculate(workspace, context))
			.toList();

		assertThat(parallel).isEqualTo(sequential);
	}

	/** API orders in products starter (with base) and unlimited (without), API billing in none. */
	private static Workspace twoProducts() {
		return new WorkspaceFixture().global(section("g1"))
			.product("starter", section("base s1"), "orders")
			.product("unlimited", section("u1"), "orders")
			.api("orders", section("base a1"))
			.operation("orders", "get-order", section("base o1"))
			.api("billing", null)
			.build();
	}

	private static List<String> list(String items) {
		return items.equals("none") ? List.of() : Arrays.stream(items.split(";")).map(String::strip).toList();
	}

}
