package dev.policysim.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.WorkspaceFiles;

/**
 * A workspace's lint settings, from {@value #FILE} at its root:
 * <pre>
 * { "rules": { "cors-terminate-default": "off", "base-missing": "error" },
 *   "profile": { "terminateUnmatchedDefault": true } }
 * </pre>
 * A rule can be switched {@code off} or given another severity; {@code profile} pins the gateway
 * profile's assumption about {@code terminate-unmatched-request} (gateway.md §9). Whatever in the
 * file cannot be used is kept as a problem and reported as {@code file-invalid}; the rest applies.
 *
 * @param severities the severity of each rule that the file changes, by rule id
 * @param disabled the ids of the rules switched off
 * @param terminateUnmatchedDefault the value assumed for a cors element without
 * {@code terminate-unmatched-request}
 * @param problems what in the file could not be used
 */
public record LintSettings(Map<String, Severity> severities, Set<String> disabled, boolean terminateUnmatchedDefault,
		List<LoadProblem> problems) {

	/** The settings file's name, at the workspace root. */
	public static final String FILE = "policysim.json";

	/** Every rule on at its own severity, the profile's defaults. */
	public static final LintSettings DEFAULTS = new LintSettings(Map.of(), Set.of(), true, List.of());

	public LintSettings {
		severities = Collections.unmodifiableMap(new TreeMap<>(severities));
		disabled = Collections.unmodifiableSet(new TreeSet<>(disabled));
		problems = List.copyOf(problems);
	}

	/**
	 * Reads {@value #FILE} from a workspace.
	 * @param files the workspace's files
	 * @return the settings; {@link #DEFAULTS} when there is no such file
	 */
	public static LintSettings read(WorkspaceFiles files) {
		return files.text(FILE).map(LintSettingsReader::read).orElse(DEFAULTS);
	}

	/**
	 * Whether a rule runs.
	 * @param ruleId the rule's id
	 * @return {@code false} when the settings switch it off
	 */
	public boolean enabled(String ruleId) {
		return !this.disabled.contains(ruleId);
	}

	/**
	 * The severity a finding is reported with.
	 * @param ruleId the rule's id
	 * @param found the severity the rule gave it
	 * @return the severity the settings set for the rule, or {@code found}
	 */
	public Severity severity(String ruleId, Severity found) {
		return Objects.requireNonNullElse(this.severities.get(ruleId), found);
	}

}
