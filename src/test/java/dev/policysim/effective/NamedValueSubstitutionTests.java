package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.policy.Attribute;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.PolicyText;
import dev.policysim.policy.Position;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code {{name}}} in attributes and text becomes the named value's value; liquid templates keep
 * theirs; what cannot be substituted is reported and left as written.
 */
class NamedValueSubstitutionTests {

	private static final PolicyContext ORDERS = new PolicyContext("orders", Optional.empty(), Optional.empty());

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " ~ ", nullValues = "-", textBlock = """
			attribute value ~ <set-header name="{{origin}}" exists-action="override" /> ~ https://app.contoso.com, override ~ origin ~ -
			text ~ <set-header name="x"><value>{{origin}}</value></set-header> ~ x, https://app.contoso.com ~ origin ~ -
			by display name ~ <set-variable name="k" value="{{BackendKey}}" /> ~ k, k-123 ~ BackendKey ~ -
			by resource name ~ <set-variable name="k" value="{{backend-key}}" /> ~ k, k-123 ~ backend-key ~ -
			several in one value ~ <set-variable name="k" value="Bearer {{BackendKey}} for {{origin}}" /> ~ k, Bearer k-123 for https://app.contoso.com ~ BackendKey; origin ~ -
			in a nested element ~ <choose><when condition="@(true)"><set-variable name="k" value="{{origin}}" /></when></choose> ~ @(true), k, https://app.contoso.com ~ origin ~ -
			liquid template kept ~ <set-body template="liquid">{{body.id}} {{origin}}</set-body> ~ liquid, {{body.id}} {{origin}} ~ none ~ -
			other set-body replaced ~ <set-body>{{origin}}</set-body> ~ https://app.contoso.com ~ origin ~ -
			spaces are not a name ~ <set-variable name="k" value="{{ origin }}" /> ~ k, {{ origin }} ~ none ~ -
			unknown name ~ <set-variable name="k" value="{{nope}}" /> ~ k, {{nope}} ~ none ~ {{nope}} names no named value with a value in the workspace
			secret without value ~ <set-variable name="k" value="{{client-secret}}" /> ~ k, {{client-secret}} ~ none ~ {{client-secret}} is a secret named value whose value is not in the workspace
			secret with a value ~ <set-variable name="k" value="{{api-secret}}" /> ~ k, s3cr3t ~ api-secret ~ -
			""")
	void substitutesNamedValues(String rule, String policy, String values, String uses, String problem) {
		EffectivePolicy effective = this.calculator.calculate(workspace(policy), ORDERS);

		EffectiveElement element = effective.elements(SectionName.INBOUND).get(0);
		assertThat(String.join(", ", values(element.element()))).isEqualTo(values);
		assertThat(element.provenance().namedValues()).extracting(NamedValueUse::name)
			.containsExactlyElementsOf(uses.equals("none") ? List.of() : List.of(uses.split("; ")));
		if (problem == null) {
			assertThat(effective.problems()).isEmpty();
		}
		else {
			assertThat(effective.problems()).singleElement().satisfies((found) -> {
				assertThat(found.rule()).isEqualTo("named-value-missing");
				assertThat(found.message()).startsWith(problem);
				assertThat(found.location()).isEqualTo(new SourceLocation("apis/orders/policy.xml", new Position(3, 40)));
			});
		}
	}

	@Test
	void recordsWhereEachNamedValueCameFromAndWhetherItIsSecret() {
		EffectivePolicy effective = this.calculator.calculate(
				workspace("<set-variable name=\"k\" value=\"{{api-secret}}{{origin}}{{api-secret}}\" />"), ORDERS);

		assertThat(effective.elements(SectionName.INBOUND).get(0).provenance().namedValues()).containsExactly(
				new NamedValueUse("api-secret", "named values/api-secret/namedValueInformation.json", true),
				new NamedValueUse("origin", "named values/origin/namedValueInformation.json", false));
	}

	@Test
	void reportsAMissingNamedValueInAFragmentAtTheFragmentsLine() {
		Workspace workspace = new WorkspaceFixture()
			.fragment("headers", "<fragment>\n    <set-header name=\"{{nope}}\" exists-action=\"override\" />\n</fragment>")
			.api("orders", "<policies><inbound><include-fragment fragment-id=\"headers\" /></inbound></policies>")
			.build();

		EffectivePolicy effective = this.calculator.calculate(workspace, ORDERS);

		assertThat(effective.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location())
				.isEqualTo(new SourceLocation("policy fragments/headers/policy.xml", new Position(2, 17)));
			assertThat(problem.scope().toString()).isEqualTo("api orders");
		});
	}

	@Test
	void substitutesInsideAnInlinedFragment() {
		Workspace workspace = new WorkspaceFixture()
			.namedValue("origin", "origin", "https://app.contoso.com", false)
			.fragment("headers", "<fragment><set-header name=\"{{origin}}\" exists-action=\"override\" /></fragment>")
			.api("orders", "<policies><inbound><include-fragment fragment-id=\"headers\" /></inbound></policies>")
			.build();

		EffectiveElement element = this.calculator.calculate(workspace, ORDERS).elements(SectionName.INBOUND).get(0);

		assertThat(element.element().attribute("name")).contains("https://app.contoso.com");
		assertThat(element.provenance().namedValues()).extracting(NamedValueUse::name).containsExactly("origin");
	}

	private static Workspace workspace(String policy) {
		return new WorkspaceFixture().namedValue("backend-key", "BackendKey", "k-123", false)
			.namedValue("origin", "origin", "https://app.contoso.com", false)
			.namedValue("client-secret", "client-secret", null, true)
			.namedValue("api-secret", "api-secret", "s3cr3t", true)
			.api("orders", "<policies>\n    <inbound>\n        <base />" + policy + "\n    </inbound>\n</policies>")
			.build();
	}

	/** Every attribute value and non-blank text of the tree, in document order. */
	private static List<String> values(PolicyElement element) {
		List<String> values = new ArrayList<>();
		element.attributes().stream().map(Attribute::value).forEach(values::add);
		for (PolicyNode child : element.children()) {
			if (child instanceof PolicyElement nested) {
				values.addAll(values(nested));
			}
			else if (child instanceof PolicyText text && !text.isBlank()) {
				values.add(text.text());
			}
		}
		return values;
	}

}
