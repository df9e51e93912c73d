package dev.policysim.policy;

import java.util.List;

/**
 * The result of {@link RawXmlScanner}: the shielded text the XML parser reads, the markup in
 * document order, and the offset of a DTD declaration ({@code -1} when there is none).
 *
 * @param shielded the text with policy expressions shielded; same length as the original
 * @param markups the markup in document order
 * @param declarationOffset where a {@code <!DOCTYPE} or other declaration starts, or -1
 */
record ScannedXml(String shielded, List<Markup> markups, int declarationOffset) {

	ScannedXml {
		markups = List.copyOf(markups);
	}

}
