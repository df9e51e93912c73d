package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

/**
 * Lints a workspace: computes every effective policy once, runs the rules of the registry that the
 * settings leave on, applies the settings' severities and the exemption comments, and orders the
 * findings. Stateless and safe to share between threads.
 */
public final class Analyzer {

	private final List<Rule> rules;

	private final Map<String, Integer> order = new HashMap<>();

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	/** An analyzer with every rule of {@link Rules#all()}. */
	public Analyzer() {
		this(Rules.all());
	}

	/**
	 * An analyzer with some rules, e.g. one rule in its tests.
	 * @param rules the rules, in report order
	 */
	public Analyzer(List<Rule> rules) {
		this.rules = List.copyOf(rules);
		for (int i = 0; i < this.rules.size(); i++) {
			this.order.put(this.rules.get(i).info().id(), i);
		}
	}

	/**
	 * Lints a workspace's files with its own {@code policysim.json}.
	 * @param files the workspace's files
	 * @return the report
	 */
	public LintReport analyze(WorkspaceFiles files) {
		return analyze(new WorkspaceReader().read(files), LintSettings.read(files));
	}

	/**
	 * Lints a workspace.
	 * @param workspace the workspace
	 * @param settings which rules run and at which severity
	 * @return the report
	 */
	public LintReport analyze(Workspace workspace, LintSettings settings) {
		Objects.requireNonNull(settings, "settings");
		AnalysisInput input = new AnalysisInput(workspace, this.calculator.calculateAll(workspace), settings);
		Exemptions exemptions = input.exemptions();
		FindingCollector collector = new FindingCollector();
		for (Rule rule : this.rules) {
			if (settings.enabled(rule.info().id())) {
				rule.check(input, collector);
			}
		}
		List<Finding> kept = new ArrayList<>();
		int exempted = 0;
		for (Finding finding : collector.findings()) {
			if (exemptions.exempts(finding)) {
				exempted++;
			}
			else {
				kept.add(finding.withSeverity(settings.severity(finding.rule(), finding.severity())));
			}
		}
		kept.sort(order());
		return LintReport.of(kept, exempted);
	}

	private Comparator<Finding> order() {
		return Comparator.<Finding>comparingInt((finding) -> FileScope.rank(finding.file()))
			.thenComparing(Finding::file)
			.thenComparing(Finding::position)
			.thenComparingInt((finding) -> this.order.getOrDefault(finding.rule(), Integer.MAX_VALUE));
	}

}
