package dev.policysim.effective;

import java.util.List;
import java.util.Optional;

import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.Position;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** include-fragment is replaced by the fragment's policies, which keep their own file and lines. */
class FragmentInliningTests {

	private static final String FRAGMENT_FILE = "policy fragments/cors-frag/policy.xml";

	private static final String FRAGMENT = """
			<fragment>
			    <cors allow-credentials="false">
			        <allowed-origins><origin>https://app.contoso.com</origin></allowed-origins>
			    </cors>
			    <set-header name="x-frag" exists-action="override"><value>1</value></set-header>
			</fragment>
			""";

	private static final PolicyContext ORDERS = new PolicyContext("orders", Optional.empty(), Optional.empty());

	private static final Scope API = Scope.of(ScopeKind.API, "orders");

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	@ParameterizedTest
	@EnumSource(SectionName.class)
	void inlinesAFragmentWhereItIsIncludedInEverySection(SectionName section) {
		String name = section.xmlName();
		Workspace workspace = new WorkspaceFixture().fragment("cors-frag", FRAGMENT).api("orders", """
				<policies>
				    <%s>
				        <set-variable name="before" value="1" />
				        <include-fragment fragment-id="cors-frag" />
				        <set-variable name="after" value="1" />
				    </%s>
				</policies>
				""".formatted(name, name)).build();

		EffectivePolicy policy = this.calculator.calculate(workspace, ORDERS);

		assertThat(policy.elements(section)).extracting(EffectiveElement::name)
			.containsExactly("set-variable", "cors", "set-header", "set-variable");
		FragmentOrigin origin = new FragmentOrigin("cors-frag",
				new SourceLocation("apis/orders/policy.xml", new Position(4, 9)));
		assertThat(policy.elements(section).subList(1, 3)).extracting(EffectiveElement::provenance).containsExactly(
				new Provenance(API, new SourceLocation(FRAGMENT_FILE, new Position(2, 5)), Optional.of(origin), List.of()),
				new Provenance(API, new SourceLocation(FRAGMENT_FILE, new Position(5, 5)), Optional.of(origin), List.of()));
		assertThat(policy.problems()).isEmpty();
	}

	@Test
	void inlinesAFragmentNestedInAChooseBranch() {
		Workspace workspace = new WorkspaceFixture().fragment("cors-frag", FRAGMENT).api("orders", """
				<policies>
				    <inbound>
				        <choose>
				            <when condition="@(context.Request.Method == "GET")">
				                <include-fragment fragment-id="cors-frag" />
				            </when>
				        </choose>
				    </inbound>
				</policies>
				""").build();

		EffectivePolicy policy = this.calculator.calculate(workspace, ORDERS);

		EffectiveElement choose = policy.elements(SectionName.INBOUND).get(0);
		PolicyElement when = choose.element().element("when").orElseThrow();
		assertThat(when.elements()).extracting(PolicyElement::name).containsExactly("cors", "set-header");
		assertThat(when.elements().get(0).position()).isEqualTo(new Position(2, 5));
		assertThat(choose.provenance().location())
			.isEqualTo(new SourceLocation("apis/orders/policy.xml", new Position(3, 9)));
		assertThat(choose.provenance().nestedFragments()).containsExactly(
				new FragmentOrigin("cors-frag", new SourceLocation("apis/orders/policy.xml", new Position(5, 17))));
		assertThat(policy.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<include-fragment fragment-id=\"nope\" />",
			"<choose><when condition=\"@(true)\"><include-fragment fragment-id=\"nope\" /></when></choose>" })
	void keepsAMissingFragmentsIncludeInPlaceAndReportsIt(String policy) {
		Workspace workspace = new WorkspaceFixture().fragment("cors-frag", FRAGMENT)
			.api("orders", "<policies>\n    <inbound>\n        " + policy + "\n    </inbound>\n</policies>")
			.build();

		EffectivePolicy effective = this.calculator.calculate(workspace, ORDERS);

		PolicyElement top = effective.elements(SectionName.INBOUND).get(0).element();
		assertThat(top.descendantsAndSelf()).extracting(PolicyElement::name).contains("include-fragment");
		assertThat(effective.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.rule()).isEqualTo("fragment-missing");
			assertThat(problem.scope()).isEqualTo(API);
			assertThat(problem.location().file()).isEqualTo("apis/orders/policy.xml");
			assertThat(problem.location().line()).isEqualTo(3);
			assertThat(problem.message()).contains("'nope'").contains("500");
		});
	}

	@Test
	void doesNotExpandAnIncludeInsideAFragment() {
		Workspace workspace = new WorkspaceFixture().fragment("cors-frag", FRAGMENT)
			.fragment("outer", "<fragment>\n    <include-fragment fragment-id=\"cors-frag\" />\n</fragment>")
			.api("orders", "<policies><inbound><include-fragment fragment-id=\"outer\" /></inbound></policies>")
			.build();

		EffectivePolicy policy = this.calculator.calculate(workspace, ORDERS);

		assertThat(policy.elements(SectionName.INBOUND)).singleElement().satisfies((element) -> {
			assertThat(element.name()).isEqualTo("include-fragment");
			assertThat(element.provenance().location())
				.isEqualTo(new SourceLocation("policy fragments/outer/policy.xml", new Position(2, 5)));
		});
		assertThat(policy.problems()).isEmpty();
	}

	@Test
	void givesAFragmentTheScopeOfEachDocumentIncludingIt() {
		String include = "<policies><inbound><base /><include-fragment fragment-id=\"cors-frag\" /></inbound></policies>";
		Workspace workspace = new WorkspaceFixture().fragment("cors-frag", FRAGMENT)
			.product("starter", include, "orders")
			.api("orders", include)
			.build();

		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders", Optional.empty(), Optional.of("starter")));

		assertThat(policy.elements(SectionName.INBOUND)).extracting((element) -> element.provenance().scope().toString())
			.containsExactly("product starter", "product starter", "api orders", "api orders");
		assertThat(policy.elements(SectionName.INBOUND)).extracting(
				(element) -> element.provenance().fragment().orElseThrow().includedAt().file())
			.containsExactly("products/starter/policy.xml", "products/starter/policy.xml", "apis/orders/policy.xml",
					"apis/orders/policy.xml");
	}

}
