package dev.policysim.web.simulation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.policysim.web.simulation.SequenceDiagram.Kind;
import dev.policysim.web.simulation.SequenceDiagram.Lifeline;
import dev.policysim.web.simulation.SequenceDiagram.Mark;
import dev.policysim.web.simulation.SequenceDiagram.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SequenceDiagramSvgTests {

	static final List<Lifeline> LIFELINES = List.of(new Lifeline("Page (script)", "https://portal.contoso.com"),
			new Lifeline("Browser", "Chromium"), new Lifeline("Gateway", "https://contoso.azure-api.net"),
			new Lifeline("Backend", "mock"));

	final SequenceDiagramSvg svg = new SequenceDiagramSvg();

	static Document parse(String markup) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> groups(Document document, String cssClass) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
				found.add(element);
			}
		}
		return found;
	}

	static SequenceDiagram diagram(Message... messages) {
		return new SequenceDiagram("load order, repeat 5", LIFELINES, List.of(messages));
	}

	@Test
	void drawsWellFormedSvgWithOneGroupPerLifelineAndMessage() throws Exception {
		Document document = parse(this.svg.render(diagram(
				new Message(0, 1, "fetch: GET /orders/42", "credentials: same-origin", Kind.REQUEST, Mark.PLAIN),
				new Message(1, 2, "GET /orders/42", "", Kind.REQUEST, Mark.PLAIN),
				new Message(2, 1, "429 Too Many Requests", "rate-limit at apis/orders/policy.xml:4", Kind.RESPONSE,
						Mark.FAILING))));

		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
		assertThat(groups(document, "lifeline")).hasSize(4);
		assertThat(groups(document, "msg")).hasSize(3);
		assertThat(groups(document, "response").get(0).getElementsByTagNameNS("*", "line").item(0).getAttributes()
			.getNamedItem("stroke-dasharray")).isNotNull();
	}

	@Test
	void drawsTheFailingStepInRedAndOnlyThatStep() throws Exception {
		Document document = parse(this.svg.render(diagram(
				new Message(1, 2, "GET /orders/42", "", Kind.REQUEST, Mark.PLAIN),
				new Message(2, 1, "429 Too Many Requests", "", Kind.RESPONSE, Mark.FAILING))));

		List<Element> failing = groups(document, "failing");
		assertThat(failing).hasSize(1);
		Element line = (Element) failing.get(0).getElementsByTagNameNS("*", "line").item(0);
		assertThat(line.getAttribute("stroke")).isEqualTo(SequenceDiagramSvg.FAILING_COLOUR);
		assertThat(failing.get(0).getTextContent()).contains("429 Too Many Requests");
		Element plain = (Element) groups(document, "plain").get(0).getElementsByTagNameNS("*", "line").item(0);
		assertThat(plain.getAttribute("stroke")).isNotEqualTo(SequenceDiagramSvg.FAILING_COLOUR);
	}

	@Test
	void marksAPreflightFromTheCacheAsADashedNoteOnTheBrowser() throws Exception {
		Document document = parse(this.svg.render(diagram(
				new Message(1, 1, "preflight from cache", "no OPTIONS sent", Kind.NOTE, Mark.CACHED))));

		List<Element> cached = groups(document, "cached");
		assertThat(cached).hasSize(1);
		assertThat(cached.get(0).getAttribute("class")).contains("note");
		Element box = (Element) cached.get(0).getElementsByTagNameNS("*", "rect").item(0);
		assertThat(box.getAttribute("stroke-dasharray")).isNotEmpty();
		assertThat(cached.get(0).getTextContent()).contains("preflight from cache");
	}

	@ParameterizedTest
	@ValueSource(strings = { "</text><script>alert(1)</script>", "\"><svg onload=alert(1)>", "a & b < c > d ' e",
			"]]><!-- -->", "bell \u0007 nul \u0000 lone \uD800 end", "&amp;lt;" })
	void escapesEveryTextSoAHostileLabelStaysText(String hostile) throws Exception {
		String markup = this.svg.render(new SequenceDiagram(hostile,
				List.of(new Lifeline(hostile, hostile), new Lifeline("Browser", "")),
				List.of(new Message(0, 1, hostile, hostile, Kind.REQUEST, Mark.FAILING))));

		Document document = parse(markup);
		assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(document.getElementsByTagNameNS("*", "svg").getLength()).isEqualTo(1);
		String title = document.getDocumentElement().getElementsByTagNameNS("*", "title").item(0).getTextContent();
		String expected = hostile.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uD800-\\uDFFF]", "\uFFFD");
		assertThat(title).isEqualTo(expected);
		assertThat(markup).doesNotContain("<script").doesNotContain("<svg onload");
	}

	@Test
	void shortensALabelThatDoesNotFitAndKeepsTheWholeTextInItsTitle() throws Exception {
		String longPath = "GET /orders/" + "x".repeat(200);
		Document document = parse(this.svg.render(diagram(new Message(1, 2, longPath, "", Kind.REQUEST, Mark.PLAIN))));

		Element message = groups(document, "msg").get(0);
		assertThat(message.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(longPath);
		String shown = message.getElementsByTagNameNS("*", "text").item(0).getTextContent();
		assertThat(shown).endsWith("…").hasSizeLessThan(40);
	}

	@Test
	void refusesAMessageToALifelineTheDiagramLacks() {
		assertThatIllegalArgumentException().isThrownBy(() -> diagram(new Message(1, 7, "x", "", Kind.REQUEST, Mark.PLAIN)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Message(1, 1, "x", "", Kind.REQUEST, Mark.PLAIN));
	}

}
