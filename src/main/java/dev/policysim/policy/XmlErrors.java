package dev.policysim.policy;

import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns the JDK parser's error into one sentence at the right place in the original file.
 */
final class XmlErrors {

	/** Parser messages that say little to a policy author, and what to say instead. */
	private static final List<Map.Entry<String, String>> REWORDED = List.of(
			Map.entry("XML document structures must start and end within the same entity",
					"The file ends before every element is closed."),
			Map.entry("Premature end of file", "The file ends before the document is complete."),
			Map.entry("Content is not allowed in prolog",
					"There is text before the root element; a policy file starts with <policies> or <fragment>."),
			Map.entry("Content is not allowed in trailing section",
					"There is text after the root element has been closed."),
			Map.entry("The markup in the document following the root element must be well-formed",
					"There is more markup after the root element; a policy file has exactly one root element."));

	private XmlErrors() {
	}

	static PolicyReadException translate(String file, XMLStreamException ex, String shielded, LineIndex originalLines) {
		Position position = originalPosition(ex.getLocation(), shielded, originalLines);
		return PolicyXmlReader.problem(file, position, message(ex));
	}

	private static Position originalPosition(Location location, String shielded, LineIndex originalLines) {
		if (location == null || location.getLineNumber() < 1) {
			return Position.START;
		}
		// shielding may have replaced line breaks inside attribute expressions: map through the offset,
		// which shielding never changes
		int offset = new LineIndex(shielded).offset(location.getLineNumber(), Math.max(1, location.getColumnNumber()));
		return originalLines.position(offset);
	}

	private static String message(XMLStreamException ex) {
		String raw = (ex.getMessage() != null) ? ex.getMessage() : "The XML is not well-formed.";
		int marker = raw.indexOf("Message: ");
		String message = RawXmlScanner.unshield((marker >= 0) ? raw.substring(marker + 9) : raw).strip().replaceAll("\\s+", " ");
		for (Map.Entry<String, String> entry : REWORDED) {
			if (message.startsWith(entry.getKey())) {
				return entry.getValue();
			}
		}
		return message.endsWith(".") ? message : message + ".";
	}

}
