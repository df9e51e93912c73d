package dev.policysim.effective;

import java.util.Optional;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flattened document, marked with the Azure portal's scope comments. */
class EffectivePolicyXmlTests {

	static final String GLOBAL = """
			<policies>
			    <inbound>
			        <cors allow-credentials="false">
			            <allowed-origins>
			                <origin>https://app.contoso.com</origin>
			            </allowed-origins>
			        </cors>
			    </inbound>
			    <backend>
			        <forward-request />
			    </backend>
			    <outbound />
			</policies>
			""";

	static final String STARTER = """
			<policies>
			    <inbound>
			        <base />
			        <rate-limit calls="5" renewal-period="60" />
			    </inbound>
			    <outbound>
			        <base />
			        <set-header name="x-product" exists-action="override"><value>starter</value></set-header>
			    </outbound>
			</policies>
			""";

	static final String ORDERS = """
			<policies>
			    <inbound>
			        <base />
			        <set-header name="x-api" exists-action="override"><value>@(context.Api.Name + "-" + "v1")</value></set-header>
			    </inbound>
			    <outbound>
			        <set-header name="x-out" exists-action="override"><value>1</value></set-header>
			    </outbound>
			</policies>
			""";

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	@Test
	void writesTheFlattenedDocumentWithThePortalsScopeComments() {
		assertThat(new EffectivePolicyXml().write(starterPolicy())).isEqualTo("""
				<!--effective policy for API orders under product starter-->
				<policies>
				    <inbound>
				        <!--base: Begin Product scope-->
				        <!--base: Begin Global scope-->
				        <cors allow-credentials="false">
				            <allowed-origins>
				                <origin>https://app.contoso.com</origin>
				            </allowed-origins>
				        </cors>
				        <!--base: End Global scope-->
				        <rate-limit calls="5" renewal-period="60" />
				        <!--base: End Product scope-->
				        <set-header name="x-api" exists-action="override">
				            <value>@(context.Api.Name + "-" + "v1")</value>
				        </set-header>
				    </inbound>
				    <backend>
				        <!--base: Begin Product scope-->
				        <!--base: Begin Global scope-->
				        <forward-request />
				        <!--base: End Global scope-->
				        <!--base: End Product scope-->
				    </backend>
				    <outbound>
				        <!--left out: product starter outbound, because apis/orders/policy.xml outbound has no <base/>-->
				        <set-header name="x-out" exists-action="override">
				            <value>1</value>
				        </set-header>
				    </outbound>
				    <on-error />
				</policies>
				""");
	}

	@Test
	void writesADocumentThePolicyReaderAccepts() throws Exception {
		EffectivePolicy policy = starterPolicy();

		PolicyDocument document = new PolicyXmlReader().read("effective.xml", new EffectivePolicyXml().write(policy));

		for (SectionName section : SectionName.values()) {
			assertThat(document.sectionElements(section)).extracting(PolicyElement::name)
				.containsExactlyElementsOf(policy.elements(section).stream().map(EffectiveElement::name).toList());
		}
	}

	@Test
	void keepsCommentsWellFormedWhenNamesHoldDoubleHyphens() throws Exception {
		Workspace workspace = new WorkspaceFixture().product("pre--prod-", STARTER, "orders--v2")
			.api("orders--v2", ORDERS)
			.build();
		EffectivePolicy policy = this.calculator.calculate(workspace,
				new PolicyContext("orders--v2", Optional.empty(), Optional.of("pre--prod-")));

		String xml = new EffectivePolicyXml().write(policy);

		assertThat(xml).contains("<!--left out: product pre- -prod- outbound, because apis/orders- -v2/policy.xml");
		assertThat(new PolicyXmlReader().read("effective.xml", xml).sectionElements(SectionName.OUTBOUND))
			.extracting(PolicyElement::name)
			.containsExactly("set-header");
	}

	private EffectivePolicy starterPolicy() {
		Workspace workspace = new WorkspaceFixture().global(GLOBAL)
			.product("starter", STARTER, "orders")
			.api("orders", ORDERS)
			.build();
		return this.calculator.calculate(workspace, new PolicyContext("orders", Optional.empty(), Optional.of("starter")));
	}

}
