package dev.policysim.policy;

/**
 * Writes policy elements back as XML the way APIM stores them ("rawxml"), so a user can paste the
 * result into the portal or an APIOps repository.
 *
 * <p>Policy expressions ({@code @(...)}, {@code @{...}}) in attribute values and text are written
 * verbatim, even when they hold {@code "}, {@code <} or {@code &&}, as APIM keeps them; every other
 * value is escaped. Comments and CDATA sections are kept. Elements holding only elements and
 * comments are indented with four spaces per level, as the portal shows policies; an element
 * with text keeps its content exactly as read, since whitespace there may be meaningful.
 * Empty elements are written {@code <base />}. Reading the output again gives the same tree,
 * apart from positions and the whitespace between elements.
 */
public final class PolicyXmlWriter {

	private static final String INDENT = "    ";

	/**
	 * An element and its subtree, starting at indentation level 0.
	 * @param element the element
	 * @return its XML, lines separated by {@code \n}, without a trailing line break
	 */
	public String write(PolicyElement element) {
		StringBuilder out = new StringBuilder(256);
		write(element, 0, out);
		return out.toString();
	}

	/**
	 * A node and its subtree at a given indentation level.
	 * @param node the element, text or comment
	 * @param depth the indentation level of its first line
	 * @param out receives the XML, without a trailing line break
	 */
	public void write(PolicyNode node, int depth, StringBuilder out) {
		indent(depth, out);
		if (node instanceof PolicyElement element) {
			element(element, depth, out);
		}
		else {
			inline(node, out);
		}
	}

	private void element(PolicyElement element, int depth, StringBuilder out) {
		startTag(element, out);
		if (hasText(element)) {
			// mixed or text content: written as read, since its whitespace may matter
			out.append('>');
			element.children().forEach((child) -> inline(child, out));
			endTag(element, out);
			return;
		}
		boolean empty = true;
		for (PolicyNode child : element.children()) {
			if (child instanceof PolicyText) {
				// only whitespace between elements, replaced by our own indentation
				continue;
			}
			out.append(empty ? ">\n" : "\n");
			empty = false;
			write(child, depth + 1, out);
		}
		if (empty) {
			out.append(" />");
			return;
		}
		out.append('\n');
		indent(depth, out);
		endTag(element, out);
	}

	private void inline(PolicyNode node, StringBuilder out) {
		if (node instanceof PolicyText text) {
			text(text, out);
		}
		else if (node instanceof PolicyComment comment) {
			out.append("<!--").append(comment.text()).append("-->");
		}
		else if (node instanceof PolicyElement element) {
			startTag(element, out);
			if (element.children().isEmpty()) {
				out.append(" />");
				return;
			}
			out.append('>');
			element.children().forEach((child) -> inline(child, out));
			endTag(element, out);
		}
	}

	private static void startTag(PolicyElement element, StringBuilder out) {
		out.append('<').append(element.name());
		for (Attribute attribute : element.attributes()) {
			out.append(' ').append(attribute.name()).append("=\"");
			if (attribute.isExpression()) {
				out.append(attribute.value());
			}
			else {
				escape(attribute.value(), true, out);
			}
			out.append('"');
		}
	}

	private static void endTag(PolicyElement element, StringBuilder out) {
		out.append("</").append(element.name()).append('>');
	}

	private static void text(PolicyText text, StringBuilder out) {
		if (text.cdata()) {
			// "]]>" cannot stand inside a CDATA section: end it and start a new one in between
			out.append("<![CDATA[").append(text.text().replace("]]>", "]]]]><![CDATA[>")).append("]]>");
		}
		else if (PolicyExpressions.isExpression(text.text())) {
			out.append(text.text());
		}
		else {
			escape(text.text(), false, out);
		}
	}

	private static boolean hasText(PolicyElement element) {
		for (PolicyNode child : element.children()) {
			if (child instanceof PolicyText text && (text.cdata() || !text.isBlank())) {
				return true;
			}
		}
		return false;
	}

	private static void escape(String value, boolean attribute, StringBuilder out) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append(attribute ? "&quot;" : "\"");
				// an attribute's line breaks and tabs would be normalised to spaces when read again
				case '\n' -> out.append(attribute ? "&#10;" : "\n");
				case '\r' -> out.append("&#13;");
				case '\t' -> out.append(attribute ? "&#9;" : "\t");
				default -> out.append(c);
			}
		}
	}

	private static void indent(int depth, StringBuilder out) {
		for (int i = 0; i < depth; i++) {
			out.append(INDENT);
		}
	}

}
