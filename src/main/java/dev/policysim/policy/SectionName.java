package dev.policysim.policy;

import java.util.Locale;
import java.util.Optional;

/** The four sections of a policy document, in the order APIM runs and requires them. */
public enum SectionName {

	INBOUND("inbound"), BACKEND("backend"), OUTBOUND("outbound"), ON_ERROR("on-error");

	/** values() copies its array on every call; lookups run for every element of every document. */
	private static final SectionName[] VALUES = values();

	private final String xmlName;

	SectionName(String xmlName) {
		this.xmlName = xmlName;
	}

	/** The element name, e.g. {@code on-error}. */
	public String xmlName() {
		return this.xmlName;
	}

	/**
	 * The section an element name stands for.
	 * @param name an element name
	 * @return the section, or empty when the name is not a section
	 */
	public static Optional<SectionName> fromXmlName(String name) {
		for (SectionName section : VALUES) {
			if (section.xmlName.equals(name)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.xmlName.toLowerCase(Locale.ROOT);
	}

}
