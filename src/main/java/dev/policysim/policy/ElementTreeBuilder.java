package dev.policysim.policy;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads shielded text with the JDK's StAX parser into {@link PolicyElement} records. Positions
 * come from the scanner's markup, walked in step with the parser's events, so they are the
 * positions in the original file. DTDs and external entities are switched off here as well as
 * refused by the scanner.
 */
final class ElementTreeBuilder {

	private static final XMLInputFactory FACTORY = secureFactory();

	private final ScannedXml scanned;

	private final LineIndex lines;

	private final int maxDepth;

	private final Deque<Open> open = new ArrayDeque<>();

	private int cursor;

	private boolean aligned = true;

	private @Nullable PolicyElement root;

	ElementTreeBuilder(ScannedXml scanned, LineIndex lines, int maxDepth) {
		this.scanned = scanned;
		this.lines = lines;
		this.maxDepth = maxDepth;
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		// the JDK parser reports CDATA as plain characters unless asked; rendering keeps CDATA as written
		factory.setProperty("http://java.sun.com/xml/stream/properties/report-cdata-event", true);
		return factory;
	}

	/**
	 * Parses the document.
	 * @return the root element
	 * @throws XMLStreamException when the XML is not well-formed
	 * @throws TooDeepException when elements nest deeper than allowed
	 */
	@Nullable PolicyElement build() throws XMLStreamException, TooDeepException {
		XMLStreamReader reader;
		synchronized (FACTORY) {
			reader = FACTORY.createXMLStreamReader(new StringReader(this.scanned.shielded()));
		}
		try {
			while (reader.hasNext()) {
				event(reader, reader.next());
			}
		}
		finally {
			reader.close();
		}
		return this.root;
	}

	private void event(XMLStreamReader reader, int event) throws TooDeepException {
		switch (event) {
			case XMLStreamConstants.START_ELEMENT -> startElement(reader);
			case XMLStreamConstants.END_ELEMENT -> endElement();
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> text(reader.getText(), false);
			case XMLStreamConstants.CDATA -> cdata(reader.getText());
			case XMLStreamConstants.COMMENT -> comment(reader.getText());
			case XMLStreamConstants.PROCESSING_INSTRUCTION -> next(Markup.Kind.PROCESSING_INSTRUCTION, reader.getPITarget());
			default -> {
				// START_DOCUMENT, END_DOCUMENT: nothing to record
			}
		}
	}

	private void startElement(XMLStreamReader reader) throws TooDeepException {
		String name = reader.getLocalName();
		Markup markup = next(Markup.Kind.START, name);
		Position position = (markup != null) ? this.lines.position(markup.start()) : parserPosition(reader);
		if (this.open.size() >= this.maxDepth) {
			throw new TooDeepException(position);
		}
		List<Attribute> attributes = new ArrayList<>(reader.getAttributeCount());
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String attributeName = reader.getAttributeLocalName(i);
			Integer offset = (markup != null) ? markup.attributeOffsets().get(attributeName) : null;
			Position attributePosition = (offset != null) ? this.lines.position(offset) : position;
			attributes.add(new Attribute(attributeName, RawXmlScanner.unshield(reader.getAttributeValue(i)),
					attributePosition));
		}
		boolean selfClosing = markup != null && markup.selfClosing();
		this.open.push(new Open(name, attributes, position, selfClosing));
	}

	private void endElement() {
		Open element = this.open.pop();
		if (!element.selfClosing) {
			next(Markup.Kind.END, element.name);
		}
		PolicyElement built = new PolicyElement(element.name, element.attributes, element.children, element.position);
		if (this.open.isEmpty()) {
			this.root = built;
		}
		else {
			this.open.peek().children.add(built);
		}
	}

	private void text(String text, boolean cdata) {
		if (this.open.isEmpty()) {
			return;
		}
		List<PolicyNode> children = this.open.peek().children;
		String value = RawXmlScanner.unshield(text);
		if (!cdata && !children.isEmpty() && children.get(children.size() - 1) instanceof PolicyText previous
				&& !previous.cdata()) {
			// the parser may split one run of text into several events; keep it one node
			children.set(children.size() - 1, new PolicyText(previous.text() + value, false, previous.position()));
			return;
		}
		children.add(new PolicyText(value, cdata, textPosition()));
	}

	private void cdata(String text) {
		Markup markup = next(Markup.Kind.CDATA, "");
		if (this.open.isEmpty()) {
			return;
		}
		Position position = (markup != null) ? this.lines.position(markup.start()) : textPosition();
		this.open.peek().children.add(new PolicyText(text, true, position));
	}

	private void comment(String text) {
		Markup markup = next(Markup.Kind.COMMENT, "");
		if (this.open.isEmpty()) {
			return;
		}
		Position position = (markup != null) ? this.lines.position(markup.start()) : textPosition();
		this.open.peek().children.add(new PolicyComment(text, position));
	}

	/** Text starts where the markup before it ended. */
	private Position textPosition() {
		if (this.aligned && this.cursor > 0) {
			return this.lines.position(this.scanned.markups().get(this.cursor - 1).end());
		}
		return this.open.isEmpty() ? Position.START : this.open.peek().position;
	}

	/**
	 * Consumes the next markup, which must be of the expected kind and name; if the scanner and the
	 * parser ever disagree, positions fall back to the parser's for the rest of the file.
	 */
	private @Nullable Markup next(Markup.Kind kind, String name) {
		if (!this.aligned || this.cursor >= this.scanned.markups().size()) {
			this.aligned = false;
			return null;
		}
		Markup markup = this.scanned.markups().get(this.cursor);
		if (markup.kind() != kind || !markup.name().equals(name)) {
			this.aligned = false;
			return null;
		}
		this.cursor++;
		return markup;
	}

	private Position parserPosition(XMLStreamReader reader) {
		return new Position(Math.max(1, reader.getLocation().getLineNumber()),
				Math.max(1, reader.getLocation().getColumnNumber()));
	}

	/** An element whose end tag has not been read yet. */
	private static final class Open {

		private final String name;

		private final List<Attribute> attributes;

		private final Position position;

		private final boolean selfClosing;

		private final List<PolicyNode> children = new ArrayList<>();

		Open(String name, List<Attribute> attributes, Position position, boolean selfClosing) {
			this.name = name;
			this.attributes = attributes;
			this.position = position;
			this.selfClosing = selfClosing;
		}

	}

	/** Elements nest deeper than the limit allows. */
	static final class TooDeepException extends Exception {

		private static final long serialVersionUID = 1L;

		private final transient Position position;

		TooDeepException(Position position) {
			super("too deep at " + position);
			this.position = position;
		}

		Position position() {
			return this.position;
		}

	}

}
