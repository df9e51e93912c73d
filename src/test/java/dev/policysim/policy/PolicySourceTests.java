package dev.policysim.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicySourceTests {

	private static final String XML = """
			<policies>
			    <inbound>
			        <rate-limit calls="5" renewal-period="60" />
			        <choose>
			            <when condition="@(context.Request.Headers.GetValueOrDefault("a","") == "<b>")">
			                <base />
			            </when>
			        </choose>
			    </inbound>
			</policies>
			""";

	@Test
	void findsTheExtentOfSelfClosingAndNestedElements() throws Exception {
		PolicyDocument document = new PolicyXmlReader().read("policy.xml", XML);
		PolicySource source = PolicySource.of(XML);

		PolicyElement rateLimit = document.sectionElements(SectionName.INBOUND).get(0);
		PolicySource.Span rateLimitSpan = source.element(rateLimit.position()).orElseThrow();
		assertThat(XML.substring(rateLimitSpan.start(), rateLimitSpan.end()))
			.isEqualTo("<rate-limit calls=\"5\" renewal-period=\"60\" />");

		PolicyElement choose = document.sectionElements(SectionName.INBOUND).get(1);
		PolicySource.Span chooseSpan = source.element(choose.position()).orElseThrow();
		assertThat(XML.substring(chooseSpan.start(), chooseSpan.end())).startsWith("<choose>").endsWith("</choose>")
			.contains("<base />");
	}

	@Test
	void mapsPositionsAndOffsetsBothWays() {
		PolicySource source = PolicySource.of(XML);

		Position position = new Position(3, 9);
		assertThat(source.position(source.offset(position))).isEqualTo(position);
		assertThat(XML.charAt(source.offset(position))).isEqualTo('<');
		assertThat(source.indentation(position)).isEqualTo("        ");
	}

	@Test
	void findsNothingWhereNoElementStarts() {
		assertThat(PolicySource.of(XML).element(new Position(3, 10))).isEmpty();
	}

}
