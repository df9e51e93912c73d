package dev.policysim.analysis.rule;

import java.util.List;
import java.util.Optional;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.CalculationProblem;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.workspace.NamedValue;

/**
 * {@code named-value-missing}: a {@code {{name}}} reference with no named value of that name. A
 * secret named value whose value the workspace does not hold (APIOps never exports secret values)
 * is a warning: it exists in the instance, only its value is unknown here.
 *
 * <pre>{@code
 * bad:  <origin>{{portal-orgin}}</origin>
 * good: <origin>{{portal-origin}}</origin>   (named values/portal-origin exists)
 * }</pre>
 */
public final class NamedValueMissing implements Rule {

	static final String ID = "named-value-missing";

	private static final RuleInfo INFO = new RuleInfo(ID, Severity.ERROR,
			"A {{named value}} reference has no named value",
			"API Management replaces {{name}} in attributes and text with the named value's value, looked up by "
					+ "display name. A reference that matches no named value cannot be saved; in an exported "
					+ "workspace it is a typo, a rename or a value left out, and the policy would run with the "
					+ "literal text (an origin list that allows no one). A secret's value is never exported by "
					+ "APIOps: that case is a warning, and a scenario can supply the value.",
			List.of(References.NAMED_VALUES),
			"""
					<cors>
					  <allowed-origins><origin>{{portal-orgin}}</origin></allowed-origins>
					</cors>""",
			"""
					<cors>
					  <allowed-origins><origin>{{portal-origin}}</origin></allowed-origins>
					</cors>""",
			"Correct the name to an existing named value's display name, or add the named value under "
					+ "\"named values/\"; for a secret, supply its value in the scenario's namedValues.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		for (EffectivePolicy policy : input.policiesWithProblems()) {
			for (CalculationProblem problem : policy.problems()) {
				if (problem.rule().equals(ID)) {
					Severity severity = isSecret(input, problem.message()) ? Severity.WARNING : Severity.ERROR;
					findings.report(INFO, severity, FindingLocation.of(problem.location(), problem.scope()),
							List.of(policy.context()), problem.message() + ".", INFO.fix());
				}
			}
		}
	}

	/**
	 * Whether the reference names a secret: the calculator's message starts with the reference,
	 * {@code {{name}}}, and the workspace tells whether that named value is secret.
	 */
	private static boolean isSecret(AnalysisInput input, String message) {
		int close = message.indexOf("}}");
		if (!message.startsWith("{{") || close < 0) {
			return false;
		}
		Optional<NamedValue> value = input.workspace().namedValue(message.substring(2, close));
		return value.map(NamedValue::secret).orElse(false);
	}

}
