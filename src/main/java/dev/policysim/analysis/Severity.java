package dev.policysim.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding matters. CI pipelines fail on a threshold ({@code --fail-on}), so the order
 * is part of the contract: {@link #ERROR} is the most severe.
 */
public enum Severity {

	ERROR("error", "error"), WARNING("warning", "warning"), INFO("info", "note");

	private final String label;

	private final String sarifLevel;

	Severity(String label, String sarifLevel) {
		this.label = label;
		this.sarifLevel = sarifLevel;
	}

	/** The lower-case name used in JSON, text and settings, e.g. {@code warning}. */
	public String label() {
		return this.label;
	}

	/** The SARIF 2.1.0 {@code level} of a result of this severity ({@code note} for info). */
	public String sarifLevel() {
		return this.sarifLevel;
	}

	/**
	 * Whether this severity reaches a threshold.
	 * @param threshold the least severity that counts
	 * @return {@code true} when this is as severe as the threshold or more
	 */
	public boolean atLeast(Severity threshold) {
		return ordinal() <= threshold.ordinal();
	}

	/**
	 * The more severe of two severities.
	 * @param other another severity
	 * @return the more severe one
	 */
	public Severity max(Severity other) {
		return (ordinal() <= other.ordinal()) ? this : other;
	}

	/**
	 * A severity by its label.
	 * @param label {@code error}, {@code warning} or {@code info}, in any case
	 * @return the severity, or empty when the label names none
	 */
	public static Optional<Severity> fromLabel(String label) {
		String wanted = label.strip().toLowerCase(Locale.ROOT);
		for (Severity severity : values()) {
			if (severity.label.equals(wanted)) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.label;
	}

}
