package dev.policysim.analysis;

/**
 * One static lint rule. Implementations are stateless, named for the problem they detect, listed
 * in {@link Rules}, and never throw: whatever they find goes to the collector.
 */
public interface Rule {

	/** The rule's id, severity and documentation. */
	RuleInfo info();

	/**
	 * Looks for the problem in a workspace.
	 * @param input the workspace, its effective policies (computed once for all rules) and the
	 * facts derived from them
	 * @param findings where each problem is reported, at its source element
	 */
	void check(AnalysisInput input, FindingCollector findings);

}
