package dev.policysim.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One policy file as read: a {@code <policies>} document of one scope, or a {@code <fragment>}.
 *
 * @param file the file's path relative to the workspace root, with {@code /} separators
 * @param root the root element, {@code policies} or {@code fragment}
 * @param size the file's size in bytes, which fragments are limited by
 */
public record PolicyDocument(String file, PolicyElement root, int size) {

	/** The root element name of a scope's policy document. */
	public static final String POLICIES = "policies";

	/** The root element name of a policy fragment. */
	public static final String FRAGMENT = "fragment";

	public PolicyDocument {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(root, "root");
	}

	/** Whether this is a policy fragment rather than a scope's document. */
	public boolean isFragment() {
		return FRAGMENT.equals(this.root.name());
	}

	/**
	 * A section of the document.
	 * @param section which section
	 * @return the section element, or empty when the document leaves it out (or is a fragment)
	 */
	public Optional<PolicyElement> section(SectionName section) {
		if (isFragment()) {
			return Optional.empty();
		}
		return this.root.element(section.xmlName());
	}

	/**
	 * The elements of a section, without text and comments.
	 * @param section which section
	 * @return the section's child elements; empty when the section is absent
	 */
	public List<PolicyElement> sectionElements(SectionName section) {
		return section(section).map(PolicyElement::elements).orElse(List.of());
	}

}
