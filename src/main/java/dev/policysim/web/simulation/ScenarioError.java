package dev.policysim.web.simulation;

import java.util.Objects;

import dev.policysim.simulation.scenario.ScenarioInputException;

/**
 * Why a scenario cannot be used, as the pages show it: next to the table's field, at the JSON's
 * line, or above the run.
 *
 * @param field the field's path, e.g. {@code requests[2].credentials}; empty for the whole scenario
 * @param line the line in the JSON, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param reason what is wrong, without field and place
 */
public record ScenarioError(String field, int line, int column, String reason) {

	public ScenarioError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(reason, "reason");
	}

	static ScenarioError of(ScenarioInputException ex) {
		return new ScenarioError(ex.field(), ex.position().map((at) -> at.line()).orElse(0),
				ex.position().map((at) -> at.column()).orElse(0), ex.reason());
	}

	/** The message as the command line prints it: {@code scenario.json:12:20: requests[2].credentials: ...}. */
	public String message() {
		String where = (this.line > 0) ? ":" + this.line + ":" + this.column : "";
		return ScenarioRun.FILE + where + ": " + (this.field.isEmpty() ? "" : this.field + ": ") + this.reason;
	}

}
