package dev.policysim.web.simulation;

import java.util.List;

import dev.policysim.web.simulation.SequenceDiagram.Kind;
import dev.policysim.web.simulation.SequenceDiagram.Lifeline;
import dev.policysim.web.simulation.SequenceDiagram.Mark;
import dev.policysim.web.simulation.SequenceDiagram.Message;

/**
 * Draws a {@link SequenceDiagram} as standalone SVG markup, on the server, so the run page needs no
 * charting script (and none could run under the page's Content-Security-Policy anyway). Every text
 * goes through {@link #escape(String)}, since labels carry request paths, header names and
 * messages that come from the user's scenario. Colours are presentation attributes that the page's
 * stylesheet overrides by class, so the diagram follows the light or dark theme and still reads in
 * red and grey when opened alone. Stateless and safe to share between threads.
 */
public final class SequenceDiagramSvg {

	/** The red of a failing step when no stylesheet applies. */
	static final String FAILING_COLOUR = "#c62828";

	private static final int COLUMN = 200;

	private static final int MARGIN = 20;

	private static final int HEAD = 46;

	private static final int ROW = 50;

	/** About how many characters of the label font fit in one column. */
	private static final double CHARS_PER_PIXEL = 1 / 6.6;

	/**
	 * The diagram as an {@code <svg>} element.
	 * @param diagram the diagram
	 * @return well-formed SVG markup with every text escaped
	 */
	public String render(SequenceDiagram diagram) {
		int width = MARGIN * 2 + COLUMN * diagram.lifelines().size();
		int height = HEAD + ROW * diagram.messages().size() + ROW / 2 + MARGIN;
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"seq\" role=\"img\" viewBox=\"0 0 ")
			.append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
			.append(height).append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
		svg.append("<title>").append(escape(diagram.title())).append("</title>");
		lifelines(svg, diagram.lifelines(), height);
		List<Message> messages = diagram.messages();
		for (int i = 0; i < messages.size(); i++) {
			message(svg, messages.get(i), HEAD + ROW * i + ROW - 8);
		}
		return svg.append("</svg>").toString();
	}

	private static void lifelines(StringBuilder svg, List<Lifeline> lifelines, int height) {
		for (int i = 0; i < lifelines.size(); i++) {
			Lifeline lifeline = lifelines.get(i);
			int x = centre(i);
			svg.append("<g class=\"lifeline\">");
			svg.append("<line x1=\"").append(x).append("\" y1=\"").append(HEAD).append("\" x2=\"").append(x)
				.append("\" y2=\"").append(height - MARGIN / 2).append("\" stroke=\"#9aa3b2\" stroke-dasharray=\"3 4\"/>");
			svg.append("<rect x=\"").append(x - COLUMN / 2 + 12).append("\" y=\"4\" width=\"").append(COLUMN - 24)
				.append("\" height=\"").append(HEAD - 10).append("\" rx=\"4\" fill=\"none\" stroke=\"#9aa3b2\"/>");
			text(svg, x, 20, "name", lifeline.name(), COLUMN - 30);
			if (!lifeline.detail().isEmpty()) {
				text(svg, x, 34, "detail", lifeline.detail(), COLUMN - 30);
			}
			svg.append("</g>");
		}
	}

	private static void message(StringBuilder svg, Message message, int y) {
		String colour = (message.mark() == Mark.FAILING) ? FAILING_COLOUR : "#5b6475";
		svg.append("<g class=\"msg ").append(kindClass(message.kind())).append(' ').append(markClass(message.mark()))
			.append(message.mark() == Mark.FAILING ? "\" fill=\"" + FAILING_COLOUR : "").append("\">");
		svg.append("<title>").append(escape(message.label()))
			.append(message.detail().isEmpty() ? "" : escape(" — " + message.detail())).append("</title>");
		if (message.kind() == Kind.NOTE) {
			note(svg, message, y, colour);
		}
		else {
			arrow(svg, message, y, colour);
		}
		svg.append("</g>");
	}

	private static void arrow(StringBuilder svg, Message message, int y, String colour) {
		int from = centre(message.from());
		int to = centre(message.to());
		int direction = Integer.signum(to - from);
		int span = Math.abs(to - from);
		svg.append("<line x1=\"").append(from).append("\" y1=\"").append(y).append("\" x2=\"").append(to - direction * 2)
			.append("\" y2=\"").append(y).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
			.append(message.mark() == Mark.FAILING ? 2.5 : 1.5).append('"')
			.append(message.kind() == Kind.RESPONSE ? " stroke-dasharray=\"6 4\"" : "").append("/>");
		svg.append("<polygon points=\"").append(to).append(',').append(y).append(' ').append(to - direction * 9).append(',')
			.append(y - 4).append(' ').append(to - direction * 9).append(',').append(y + 4).append("\" fill=\"")
			.append(colour).append("\"/>");
		int middle = (from + to) / 2;
		text(svg, middle, y - 7, "label", message.label(), span - 16);
		if (!message.detail().isEmpty()) {
			text(svg, middle, y + 14, "detail", message.detail(), span - 16);
		}
	}

	private static void note(StringBuilder svg, Message message, int y, String colour) {
		int x = centre(message.from());
		int width = COLUMN - 20;
		svg.append("<rect x=\"").append(x - width / 2).append("\" y=\"").append(y - 24).append("\" width=\"").append(width)
			.append("\" height=\"34\" rx=\"3\" fill=\"none\" stroke=\"").append(colour)
			.append("\" stroke-dasharray=\"4 3\"/>");
		text(svg, x, y - 10, "label", message.label(), width - 10);
		if (!message.detail().isEmpty()) {
			text(svg, x, y + 4, "detail", message.detail(), width - 10);
		}
	}

	private static void text(StringBuilder svg, int x, int y, String kind, String text, int room) {
		svg.append("<text class=\"").append(kind).append("\" x=\"").append(x).append("\" y=\"").append(y)
			.append("\" text-anchor=\"middle\"").append(kind.equals("detail") ? " font-size=\"10.5\"" : "").append('>')
			.append(escape(fit(text, room))).append("</text>");
	}

	/** Cuts a text to the room it has; the full text stays in the message's {@code <title>}. */
	static String fit(String text, int room) {
		int max = Math.max(4, (int) (room * CHARS_PER_PIXEL));
		return (text.codePointCount(0, text.length()) <= max) ? text
				: text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

	private static int centre(int lifeline) {
		return MARGIN + COLUMN * lifeline + COLUMN / 2;
	}

	private static String kindClass(Kind kind) {
		return switch (kind) {
			case REQUEST -> "request";
			case RESPONSE -> "response";
			case NOTE -> "note";
		};
	}

	private static String markClass(Mark mark) {
		return switch (mark) {
			case PLAIN -> "plain";
			case FAILING -> "failing";
			case CACHED -> "cached";
		};
	}

	/**
	 * A text as XML character data or attribute value: markup characters escaped, and characters
	 * XML 1.0 cannot hold at all (controls, lone surrogates) replaced, so a hostile label can
	 * neither close an element nor make the document unreadable.
	 * @param text any text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> i = appendChecked(escaped, text, i);
			}
		}
		return escaped.toString();
	}

	private static int appendChecked(StringBuilder escaped, String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
			escaped.append(c).append(text.charAt(i + 1));
			return i + 1;
		}
		boolean allowed = (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE))
				&& !Character.isSurrogate(c);
		escaped.append(allowed ? c : '\uFFFD');
		return i;
	}

}
