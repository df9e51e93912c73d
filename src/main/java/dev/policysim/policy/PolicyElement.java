package dev.policysim.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An element of a policy document: a section ({@code inbound}), a policy ({@code cors}), or one of
 * a policy's parts ({@code allowed-origins}, {@code when}). Immutable; the "with" methods return
 * copies.
 *
 * @param name the element's local name, e.g. {@code rate-limit}
 * @param attributes the attributes in document order
 * @param children the child nodes in document order (elements, text, comments)
 * @param position where the element's start tag ({@code <}) stands in its file
 */
public record PolicyElement(String name, List<Attribute> attributes, List<PolicyNode> children,
		Position position) implements PolicyNode {

	/** The name of the element that pulls in the broader scope's section. */
	public static final String BASE = "base";

	public PolicyElement {
		Objects.requireNonNull(name, "name");
		attributes = List.copyOf(attributes);
		children = List.copyOf(children);
		Objects.requireNonNull(position, "position");
	}

	/**
	 * The value of an attribute.
	 * @param attributeName the attribute's name, compared exactly (XML is case-sensitive)
	 * @return the value, or empty when the attribute is absent
	 */
	public Optional<String> attribute(String attributeName) {
		for (Attribute attribute : this.attributes) {
			if (attribute.name().equals(attributeName)) {
				return Optional.of(attribute.value());
			}
		}
		return Optional.empty();
	}

	/** The child elements, without text and comments. */
	public List<PolicyElement> elements() {
		List<PolicyElement> elements = new ArrayList<>(this.children.size());
		for (PolicyNode child : this.children) {
			if (child instanceof PolicyElement element) {
				elements.add(element);
			}
		}
		return elements;
	}

	/**
	 * The child elements with a given name.
	 * @param elementName the name to look for
	 * @return the matching children in document order; empty when there are none
	 */
	public List<PolicyElement> elements(String elementName) {
		List<PolicyElement> named = new ArrayList<>();
		for (PolicyNode child : this.children) {
			if (child instanceof PolicyElement element && element.name().equals(elementName)) {
				named.add(element);
			}
		}
		return Collections.unmodifiableList(named);
	}

	/**
	 * The first child element with a given name.
	 * @param elementName the name to look for
	 * @return the child, or empty when there is none
	 */
	public Optional<PolicyElement> element(String elementName) {
		return elements().stream().filter((element) -> element.name().equals(elementName)).findFirst();
	}

	/** The element's own text: its text children joined, surrounding whitespace removed. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (PolicyNode child : this.children) {
			if (child instanceof PolicyText run) {
				text.append(run.text());
			}
		}
		return text.toString().strip();
	}

	/** Whether this is {@code <base/>}. */
	public boolean isBase() {
		return BASE.equals(this.name);
	}

	/**
	 * Every element of this subtree, this one first, in document order.
	 * @return this element and all its descendants
	 */
	public List<PolicyElement> descendantsAndSelf() {
		List<PolicyElement> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(PolicyElement element, List<PolicyElement> into) {
		into.add(element);
		for (PolicyElement child : element.elements()) {
			collect(child, into);
		}
	}

	/**
	 * A copy with every attribute value and text run of the subtree rewritten, used to substitute
	 * named values.
	 * @param rewrite maps an original value to its replacement
	 * @return the rewritten copy; {@code this} when nothing changed
	 */
	public PolicyElement mapValues(UnaryOperator<String> rewrite) {
		List<Attribute> newAttributes = this.attributes.stream()
			.map((attribute) -> new Attribute(attribute.name(), rewrite.apply(attribute.value()), attribute.position()))
			.toList();
		List<PolicyNode> newChildren = this.children.stream().map((child) -> mapNode(child, rewrite)).toList();
		if (newAttributes.equals(this.attributes) && newChildren.equals(this.children)) {
			return this;
		}
		return new PolicyElement(this.name, newAttributes, newChildren, this.position);
	}

	private static PolicyNode mapNode(PolicyNode node, UnaryOperator<String> rewrite) {
		if (node instanceof PolicyElement element) {
			return element.mapValues(rewrite);
		}
		if (node instanceof PolicyText text) {
			return new PolicyText(rewrite.apply(text.text()), text.cdata(), text.position());
		}
		return node;
	}

}
