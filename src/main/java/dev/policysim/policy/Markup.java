package dev.policysim.policy;

import java.util.Map;

/**
 * A piece of markup found by {@link RawXmlScanner}, with its offsets in the original text, so
 * parser events can be given their true positions.
 *
 * @param kind what the markup is
 * @param name the element name or processing-instruction target; empty for comments and CDATA
 * @param start the offset of its {@code <}
 * @param end the offset just after its {@code >}
 * @param selfClosing whether a start tag closes itself ({@code <base/>})
 * @param attributeOffsets the offset of each attribute name, for start tags
 */
record Markup(Kind kind, String name, int start, int end, boolean selfClosing, Map<String, Integer> attributeOffsets) {

	Markup {
		attributeOffsets = Map.copyOf(attributeOffsets);
	}

	enum Kind {

		START, END, COMMENT, CDATA, PROCESSING_INSTRUCTION

	}

}
