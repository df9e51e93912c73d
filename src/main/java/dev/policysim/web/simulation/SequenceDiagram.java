package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

/**
 * A sequence diagram: lifelines left to right, messages top to bottom. A value, so the mapping from
 * a simulated request and the drawing can be tested apart.
 *
 * @param title what the diagram shows, for screen readers and the tooltip
 * @param lifelines the participants, left to right
 * @param messages the messages, in time order
 */
public record SequenceDiagram(String title, List<Lifeline> lifelines, List<Message> messages) {

	public SequenceDiagram {
		Objects.requireNonNull(title, "title");
		lifelines = List.copyOf(lifelines);
		messages = List.copyOf(messages);
		for (Message message : messages) {
			if (message.from() >= lifelines.size() || message.to() >= lifelines.size()) {
				throw new IllegalArgumentException("message '" + message.label() + "' names a lifeline the diagram lacks");
			}
		}
	}

	/**
	 * A participant.
	 *
	 * @param name its name, e.g. {@code Browser}
	 * @param detail a second line, e.g. the page's origin; empty for none
	 */
	public record Lifeline(String name, String detail) {

		public Lifeline {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(detail, "detail");
		}

	}

	/**
	 * An arrow from one lifeline to another, or a note on one lifeline.
	 *
	 * @param from the sender's index
	 * @param to the receiver's index; the sender's for a note
	 * @param label the text above the arrow
	 * @param detail a smaller text under the arrow; empty for none
	 * @param kind request, response or note
	 * @param mark how it is emphasised
	 */
	public record Message(int from, int to, String label, String detail, Kind kind, Mark mark) {

		public Message {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(detail, "detail");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(mark, "mark");
			if (from < 0 || to < 0) {
				throw new IllegalArgumentException("lifeline indexes start at 0");
			}
			if ((kind == Kind.NOTE) != (from == to)) {
				throw new IllegalArgumentException("a note stays on one lifeline and an arrow goes to another");
			}
		}

	}

	/** What a message is: drawn solid, dashed, or as a box on a lifeline. */
	public enum Kind {

		/** A request: a solid arrow. */
		REQUEST,

		/** A response: a dashed arrow. */
		RESPONSE,

		/** Something that happened on one lifeline (a preflight answered from the browser's cache). */
		NOTE

	}

	/** How a message is emphasised. */
	public enum Mark {

		/** Drawn plainly. */
		PLAIN,

		/** The step where the request failed: drawn in red. */
		FAILING,

		/** Served from a cache rather than sent: drawn faint and dashed. */
		CACHED

	}

}
