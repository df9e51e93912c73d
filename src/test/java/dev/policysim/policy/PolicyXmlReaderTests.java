package dev.policysim.policy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PolicyXmlReaderTests {

	private final PolicyXmlReader reader = new PolicyXmlReader();

	@Nested
	class WellFormedDocuments {

		@Test
		void readsSectionsPoliciesAndPositionsInTheOriginalFile() throws Exception {
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("apis/orders/policy.xml", """
					<policies>
					    <inbound>
					        <base />
					        <cors allow-credentials="true">
					            <allowed-origins><origin>https://portal.contoso.com</origin></allowed-origins>
					        </cors>
					    </inbound>
					    <backend><base /></backend>
					</policies>
					""");

			assertThat(document.file()).isEqualTo("apis/orders/policy.xml");
			assertThat(document.isFragment()).isFalse();
			assertThat(document.sectionElements(SectionName.INBOUND)).extracting(PolicyElement::name)
				.containsExactly("base", "cors");
			PolicyElement cors = document.sectionElements(SectionName.INBOUND).get(1);
			assertThat(cors.position()).isEqualTo(new Position(4, 9));
			assertThat(cors.attribute("allow-credentials")).contains("true");
			assertThat(cors.attributes().get(0).position()).isEqualTo(new Position(4, 15));
			PolicyElement origin = cors.element("allowed-origins").orElseThrow().element("origin").orElseThrow();
			assertThat(origin.text()).isEqualTo("https://portal.contoso.com");
			assertThat(origin.position()).isEqualTo(new Position(5, 30));
			assertThat(document.section(SectionName.OUTBOUND)).isEmpty();
			assertThat(document.section(SectionName.BACKEND)).map(PolicyElement::position).contains(new Position(8, 5));
		}

		@Test
		void readsFragments() throws Exception {
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy fragments/cors/policy.xml",
					"<fragment>\n  <set-header name=\"x\" exists-action=\"override\"><value>1</value></set-header>\n</fragment>");

			assertThat(document.isFragment()).isTrue();
			assertThat(document.root().elements()).extracting(PolicyElement::name).containsExactly("set-header");
			assertThat(document.section(SectionName.INBOUND)).isEmpty();
		}

		@Test
		void keepsCommentsAndCdataWithTheirPositions() throws Exception {
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml", """
					<policies>
					  <inbound>
					    <!-- policysim-disable cors-duplicate -->
					    <set-body><![CDATA[{"a": "<b>"}]]></set-body>
					  </inbound>
					</policies>
					""");

			PolicyElement inbound = document.section(SectionName.INBOUND).orElseThrow();
			PolicyComment comment = inbound.children().stream()
				.filter(PolicyComment.class::isInstance)
				.map(PolicyComment.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(comment.text()).isEqualTo(" policysim-disable cors-duplicate ");
			assertThat(comment.position()).isEqualTo(new Position(3, 5));
			PolicyText cdata = (PolicyText) inbound.elements().get(0).children().get(0);
			assertThat(cdata.cdata()).isTrue();
			assertThat(cdata.text()).isEqualTo("{\"a\": \"<b>\"}");
			assertThat(cdata.position()).isEqualTo(new Position(4, 15));
		}

		@Test
		void acceptsAByteOrderMarkAndAnXmlDeclaration() throws Exception {
			byte[] content = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<policies>\n<inbound><base/></inbound>\n</policies>"
				.getBytes(StandardCharsets.UTF_8);

			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml", content);

			assertThat(document.sectionElements(SectionName.INBOUND).get(0).position()).isEqualTo(new Position(3, 10));
			assertThat(document.size()).isEqualTo(content.length);
		}

		@Test
		void decodesEntitiesOutsideExpressions() throws Exception {
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml",
					"<policies><inbound><set-header name=\"a&amp;b\"><value>&lt;x&gt; &#65;</value></set-header></inbound></policies>");

			PolicyElement header = document.sectionElements(SectionName.INBOUND).get(0);
			assertThat(header.attribute("name")).contains("a&b");
			assertThat(header.element("value").orElseThrow().text()).isEqualTo("<x> A");
		}

	}

	@Nested
	class RawExpressions {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiterString = " ¦ ", quoteCharacter = '`', textBlock = """
				nested double quotes ¦ @(context.Request.Headers.GetValueOrDefault("Origin","") == "https://a.com")
				less-than and ands ¦ @(context.Response.StatusCode < 400 && context.Variables.ContainsKey("x"))
				escaped quote in C# string ¦ @(context.Request.Headers.GetValueOrDefault("X", "say \\"hi\\"") != "")
				verbatim string ¦ @(@"C:\\path ""q"" b" + ">")
				interpolated string ¦ @($"{context.Request.Headers.GetValueOrDefault("a","(")}-{1}" == "x")
				char literal ¦ @(context.Request.Url.Path.Contains('"') || context.Request.Url.Path.Contains(')'))
				single quotes ¦ @(context.Request.Method == "GET" ? 'a' : 'b')
				""")
		void acceptsExpressionsInAttributesAsApimStoresThem(String description, String expression) throws Exception {
			String xml = "<policies>\n<inbound>\n<choose>\n<when condition=\"" + expression
					+ "\">\n<set-variable name=\"v\" value=\"1\" />\n</when>\n</choose>\n</inbound>\n</policies>";

			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml", xml);

			PolicyElement when = document.sectionElements(SectionName.INBOUND).get(0).element("when").orElseThrow();
			assertThat(when.attribute("condition")).contains(expression);
			assertThat(when.elements()).extracting(PolicyElement::position).containsExactly(new Position(5, 1));
		}

		@Test
		void acceptsStatementBlocksInTextWithUnescapedMarkupCharacters() throws Exception {
			String block = """
					@{
					            var body = context.Request.Body.As<JObject>(preserveContent: true);
					            if (body["a"] != null && (int)body["n"] < 3) { return "<ok/>"; } // "}" in a comment
					            return $"{body["a"]}";
					        }""";
			PolicyDocument document = PolicyXmlReaderTests.this.reader
				.read("policy.xml", "<policies>\n    <inbound>\n        <set-body>" + block + "</set-body>\n        <base />\n    </inbound>\n</policies>");

			PolicyElement setBody = document.sectionElements(SectionName.INBOUND).get(0);
			assertThat(setBody.text()).isEqualTo(block);
			assertThat(document.sectionElements(SectionName.INBOUND).get(1).position()).isEqualTo(new Position(8, 9));
		}

		@Test
		void keepsLineBreaksOfMultiLineAttributeExpressions() throws Exception {
			String expression = "@{\n    return \"a\" + \"<b>\";\n}";
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml",
					"<policies><inbound>\n<set-variable name=\"v\" value=\"" + expression + "\" />\n<base />\n</inbound></policies>");

			assertThat(document.sectionElements(SectionName.INBOUND).get(0).attribute("value")).contains(expression);
			assertThat(document.sectionElements(SectionName.INBOUND).get(1).position()).isEqualTo(new Position(5, 1));
		}

		@Test
		void acceptsTheEscapedXmlFormatOfTheSameExpression() throws Exception {
			PolicyDocument document = PolicyXmlReaderTests.this.reader.read("policy.xml",
					"<policies><inbound><set-variable name=\"v\" value=\"@(context.Request.Headers.GetValueOrDefault(&quot;Origin&quot;,&quot;&quot;))\" /></inbound></policies>");

			assertThat(document.sectionElements(SectionName.INBOUND).get(0).attribute("value"))
				.contains("@(context.Request.Headers.GetValueOrDefault(\"Origin\",\"\"))");
		}

		@Test
		void reportsErrorsAfterAMultiLineExpressionAtTheirTrueLine() {
			String xml = "<policies><inbound>\n<set-variable name=\"v\" value=\"@{\n return \"<x>\";\n}\" />\n<oops>\n</inbound></policies>";

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", xml))
				.satisfies((ex) -> {
					assertThat(ex.problem().position().line()).isEqualTo(6);
					assertThat(ex.problem().message()).contains("oops");
				});
		}

	}

	@Nested
	class MalformedDocuments {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
				unclosed element | `<policies>\\n  <inbound>\\n    <base />\\n</policies>` | 4 | inbound
				mismatched end tag | `<policies>\\n<inbound>\\n<cors></allowed-origins>\\n</inbound></policies>` | 3 | cors
				less-than in a plain attribute | `<policies>\\n<inbound>\\n<set-header name="a<b" />\\n</inbound></policies>` | 3 | <
				undeclared entity | `<policies>\\n<inbound>\\n<set-header name="&foo;" />\\n</inbound></policies>` | 3 | foo
				duplicate attribute | `<policies>\\n<inbound>\\n<cors a="1" a="2" />\\n</inbound></policies>` | 3 | a
				unterminated attribute | `<policies>\\n<inbound>\\n<cors a="1 />\\n</inbound></policies>` | 4 | <
				truncated file | `<policies>\\n<inbound>\\n<base />` | 3 | 
				""")
		void reportsXmlErrorsWithLineAndASentence(String description, String escapedXml, int line, String mentioned) {
			String xml = escapedXml.replace("\\n", "\n");

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("apis/a/policy.xml", xml))
				.satisfies((ex) -> {
					ReadProblem problem = ex.problem();
					assertThat(problem.file()).isEqualTo("apis/a/policy.xml");
					assertThat(problem.position().line()).isEqualTo(line);
					assertThat(problem.message()).endsWith(".").doesNotContain("ParseError");
					if (mentioned != null) {
						assertThat(problem.message()).contains(mentioned);
					}
				});
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
				wrong root | `<policy><inbound/></policy>` | 1 | 1 | root element is <policy>
				unknown section | `<policies>\\n  <inbond/>\\n</policies>` | 2 | 3 | <inbond> is not a section
				duplicate section | `<policies>\\n<inbound/>\\n<inbound/>\\n</policies>` | 3 | 1 | appears twice
				text in policies | `<policies>\\nhello<inbound/>\\n</policies>` | 1 | 11 | Text directly inside
				empty file | `  ` | 1 | 1 | empty
				""")
		void refusesDocumentsThatAreNotPolicies(String description, String escapedXml, int line, int column, String message) {
			String xml = escapedXml.replace("\\n", "\n");

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", xml))
				.satisfies((ex) -> {
					assertThat(ex.problem().position()).isEqualTo(new Position(line, column));
					assertThat(ex.problem().message()).contains(message);
				});
		}

	}

	@Nested
	class HostileInput {

		@Test
		void refusesExternalEntities() {
			String xxe = """
					<?xml version="1.0"?>
					<!DOCTYPE policies [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
					<policies><inbound><set-header name="x"><value>&secret;</value></set-header></inbound></policies>
					""";

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", xxe))
				.satisfies((ex) -> {
					assertThat(ex.problem().position()).isEqualTo(new Position(2, 1));
					assertThat(ex.problem().message()).contains("DOCTYPE").contains("XXE");
				});
		}

		@Test
		void refusesEntityExpansion() {
			StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
			for (int i = 1; i <= 9; i++) {
				laughs.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
			}
			laughs.append("]>\n<policies><inbound><set-body>&lol9;</set-body></inbound></policies>");

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", laughs.toString()))
				.satisfies((ex) -> assertThat(ex.problem().message()).contains("entity expansion"));
		}

		@Test
		void refusesDocumentsOverTheSizeLimitWithoutReadingThem() {
			PolicyXmlReader small = new PolicyXmlReader(new ReaderLimits(1024, 64));
			byte[] big = ("<policies><inbound>" + "<base/>".repeat(300) + "</inbound></policies>").getBytes(StandardCharsets.UTF_8);

			assertThatExceptionOfType(PolicyReadException.class).isThrownBy(() -> small.read("policy.xml", big))
				.satisfies((ex) -> assertThat(ex.problem().message()).isEqualTo(
						"The file is 3 KB; the limit is 1 KB per policy document."));
		}

		@Test
		void defaultLimitIs256Kilobytes() {
			String big = "<policies><inbound>" + " ".repeat(256 * 1024) + "</inbound></policies>";

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", big))
				.satisfies((ex) -> assertThat(ex.problem().message()).contains("limit is 256 KB"));
		}

		@Test
		void refusesNestingDeeperThanTheLimit() {
			String deep = "<policies>\n<inbound>\n" + "<choose><when condition=\"true\">".repeat(40)
					+ "</when></choose>".repeat(40) + "\n</inbound></policies>";

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", deep))
				.satisfies((ex) -> {
					assertThat(ex.problem().message()).contains("nested more than 64 levels");
					assertThat(ex.problem().position().line()).isEqualTo(3);
				});
		}

		@Test
		void refusesTheCharactersItReservesForShielding() {
			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", "<policies>\n<inbound>\uE002</inbound></policies>"))
				.satisfies((ex) -> {
					assertThat(ex.problem().position()).isEqualTo(new Position(2, 10));
					assertThat(ex.problem().message()).contains("U+E002");
				});
		}

		@Test
		void survivesUnbalancedExpressions() {
			String xml = "<policies><inbound><set-variable name=\"v\" value=\"@(\"((((\" /></inbound></policies>";

			assertThatExceptionOfType(PolicyReadException.class)
				.isThrownBy(() -> PolicyXmlReaderTests.this.reader.read("policy.xml", xml))
				.satisfies((ex) -> assertThat(ex.problem().position().line()).isEqualTo(1));
		}

		@Test
		void survivesDeeplyNestedInterpolationHoles() throws Exception {
			String nested = "$\"{".repeat(5000);
			String xml = "<policies><inbound><set-body>@(" + nested + ")</set-body></inbound></policies>";

			// not an expression as far as the scanner goes, but still legal XML text: kept, never a crash
			assertThat(PolicyXmlReaderTests.this.reader.read("policy.xml", xml).sectionElements(SectionName.INBOUND).get(0).text())
				.isEqualTo("@(" + nested + ")");
		}

	}

}
