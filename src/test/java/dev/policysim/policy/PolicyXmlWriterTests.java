package dev.policysim.policy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing a policy back gives XML that APIM accepts and that reads back to the same tree. */
class PolicyXmlWriterTests {

	private final PolicyXmlReader reader = new PolicyXmlReader();

	private final PolicyXmlWriter writer = new PolicyXmlWriter();

	@ParameterizedTest
	@ValueSource(strings = {
			// a raw expression holding double quotes inside a double-quoted attribute
			"""
			<policies><inbound><choose><when condition="@(context.Request.Headers.GetValueOrDefault("Origin","") == "x")">
			<set-header name="x" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("Origin",""))</value></set-header>
			</when><otherwise /></choose></inbound></policies>""",
			// a statement block holding < and && unescaped
			"""
			<policies><inbound><set-body>@{
			    var count = context.Variables.GetValueOrDefault<int>("n", 0);
			    return count < 2 && count > 0 ? "few" : "many";
			}</set-body></inbound></policies>""",
			// escaped characters in ordinary values
			"""
			<policies><inbound><set-header name="a &amp; b" exists-action="override"><value>x &lt; y &amp;&amp; "z"</value></set-header>
			<set-variable name="q" value="&quot;quoted&quot; &gt; 'single'" /></inbound></policies>""",
			// comments and CDATA
			"""
			<policies>
			  <!-- policysim-disable cors-duplicate -->
			  <inbound><base /><set-body><![CDATA[{"a": "<b>", "c": "&amp;"}]]></set-body></inbound>
			  <outbound><!--kept--></outbound>
			</policies>""",
			// mixed content keeps its text as written
			"""
			<fragment><set-body template="liquid">{"id": "{{body.id}}"}
			  <!-- template -->
			</set-body></fragment>""" })
	void writesXmlThatReadsBackToTheSameTree(String xml) throws Exception {
		PolicyDocument original = this.reader.read("policy.xml", xml);

		String written = this.writer.write(original.root());
		PolicyDocument reread = this.reader.read("policy.xml", written);

		assertThat(canonical(reread.root())).isEqualTo(canonical(original.root()));
		assertThat(this.writer.write(reread.root())).isEqualTo(written);
	}

	@Test
	void indentsElementContentWithFourSpacesAsThePortalDoes() throws Exception {
		PolicyDocument document = this.reader.read("policy.xml",
				"<policies><inbound><base/><cors allow-credentials=\"true\"><allowed-origins>"
						+ "<origin>https://app.contoso.com</origin></allowed-origins></cors></inbound><backend/></policies>");

		assertThat(this.writer.write(document.root())).isEqualTo("""
				<policies>
				    <inbound>
				        <base />
				        <cors allow-credentials="true">
				            <allowed-origins>
				                <origin>https://app.contoso.com</origin>
				            </allowed-origins>
				        </cors>
				    </inbound>
				    <backend />
				</policies>""");
	}

	@Test
	void writesExpressionsVerbatimAndEscapesOtherValues() {
		PolicyElement element = new PolicyElement("set-header",
				List.of(new Attribute("name", "a\"b<c&d", Position.START),
						new Attribute("value", "@(context.Request.Headers.GetValueOrDefault(\"a\",\"\") != \"<\")",
								Position.START)),
				List.of(new PolicyText("x < y & z", false, Position.START)), Position.START);

		assertThat(this.writer.write(element)).isEqualTo(
				"<set-header name=\"a&quot;b&lt;c&amp;d\" value=\"@(context.Request.Headers.GetValueOrDefault(\"a\",\"\") "
						+ "!= \"<\")\">x &lt; y &amp; z</set-header>");
	}

	@Test
	void splitsACdataEndInsideCdataText() {
		PolicyElement element = new PolicyElement("set-body", List.of(),
				List.of(new PolicyText("a]]>b", true, Position.START)), Position.START);

		assertThat(this.writer.write(element)).isEqualTo("<set-body><![CDATA[a]]]]><![CDATA[>b]]></set-body>");
	}

	@Test
	void keepsLineBreaksInAttributeValuesThatAreNotExpressions() throws Exception {
		PolicyElement element = new PolicyElement("set-variable",
				List.of(new Attribute("value", "line 1\nline 2\tend", Position.START)), List.of(), Position.START);

		String written = this.writer.write(element);
		PolicyDocument reread = this.reader.read("policy fragments/f/policy.xml", "<fragment>" + written + "</fragment>");

		assertThat(written).isEqualTo("<set-variable value=\"line 1&#10;line 2&#9;end\" />");
		assertThat(reread.root().elements().get(0).attribute("value")).contains("line 1\nline 2\tend");
	}

	/** The tree without positions and without the whitespace between elements. */
	private static String canonical(PolicyNode node) {
		if (node instanceof PolicyText text) {
			return (text.cdata() ? "cdata:" : "text:") + text.text();
		}
		if (node instanceof PolicyComment comment) {
			return "comment:" + comment.text();
		}
		PolicyElement element = (PolicyElement) node;
		boolean elementContent = element.children().stream()
			.noneMatch((child) -> child instanceof PolicyText text && (text.cdata() || !text.isBlank()));
		StringBuilder out = new StringBuilder("<").append(element.name());
		element.attributes().forEach((attribute) -> out.append(' ').append(attribute.name()).append('=').append(attribute.value()));
		out.append('>');
		for (PolicyNode child : element.children()) {
			if (!(elementContent && child instanceof PolicyText)) {
				out.append('[').append(canonical(child)).append(']');
			}
		}
		return out.append("</").append(element.name()).append('>').toString();
	}

}
