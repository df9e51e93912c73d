package dev.policysim.analysis;

import java.util.List;
import java.util.Optional;

import dev.policysim.analysis.rule.BaseDuplicate;
import dev.policysim.analysis.rule.BaseInGlobal;
import dev.policysim.analysis.rule.BaseMissing;
import dev.policysim.analysis.rule.CorsCredentialsWildcard;
import dev.policysim.analysis.rule.CorsDuplicate;
import dev.policysim.analysis.rule.CorsHeaderNotAllowed;
import dev.policysim.analysis.rule.CorsInChoose;
import dev.policysim.analysis.rule.CorsMaxAgeCapped;
import dev.policysim.analysis.rule.CorsMethodsDefault;
import dev.policysim.analysis.rule.CorsMissing;
import dev.policysim.analysis.rule.CorsNotFirst;
import dev.policysim.analysis.rule.CorsOriginInvalid;
import dev.policysim.analysis.rule.CorsProductScope;
import dev.policysim.analysis.rule.CorsTerminateDefault;
import dev.policysim.analysis.rule.FileInvalid;
import dev.policysim.analysis.rule.FragmentInvalid;
import dev.policysim.analysis.rule.FragmentMissing;
import dev.policysim.analysis.rule.NamedValueMissing;
import dev.policysim.analysis.rule.OptionsOperationBypass;
import dev.policysim.analysis.rule.PolicyMisplaced;
import dev.policysim.analysis.rule.PolicyUnknown;
import dev.policysim.analysis.rule.RateLimitScope;
import dev.policysim.analysis.rule.WorkspaceOrphan;
import dev.policysim.analysis.rule.XmlInvalid;

/**
 * The one registry of rules, written out in order (rules.md's order, with the load problems the
 * spec leaves unnamed after {@code xml-invalid}), like Error Prone's {@code BuiltInCheckerSuppliers}:
 * no classpath scanning, so adding a rule is one visible line here. The simulator-only causes have
 * their own list ({@link SimulatorCauses}); {@link #info(String)} looks an id up in both.
 */
public final class Rules {

	private static final List<Rule> ALL = List.of(new XmlInvalid(), new FileInvalid(), new WorkspaceOrphan(),
			new PolicyMisplaced(), new PolicyUnknown(), new BaseMissing(), new BaseDuplicate(), new BaseInGlobal(),
			new CorsMissing(), new CorsNotFirst(), new CorsDuplicate(), new CorsProductScope(), new CorsInChoose(),
			new CorsCredentialsWildcard(), new CorsOriginInvalid(), new CorsTerminateDefault(),
			new CorsMethodsDefault(), new CorsHeaderNotAllowed(), new CorsMaxAgeCapped(), new OptionsOperationBypass(),
			new FragmentMissing(), new FragmentInvalid(), new NamedValueMissing(), new RateLimitScope());

	private Rules() {
	}

	/** Every static rule, in report order. */
	public static List<Rule> all() {
		return ALL;
	}

	/** The ids of the static rules, in order: what {@code policysim.json} and exemptions accept. */
	public static List<String> ids() {
		return ALL.stream().map((rule) -> rule.info().id()).toList();
	}

	/**
	 * A static rule by id.
	 * @param id the rule id
	 * @return the rule, or empty when no static rule has that id
	 */
	public static Optional<Rule> rule(String id) {
		return ALL.stream().filter((rule) -> rule.info().id().equals(id)).findFirst();
	}

	/** The causes only the simulator reports, in rules.md's order. */
	public static List<RuleInfo> simulatorCauses() {
		return SimulatorCauses.ALL;
	}

	/**
	 * The documentation of any id, static rule or simulator cause, for the rule pages and the
	 * simulator's causes.
	 * @param id the rule id
	 * @return its documentation, or empty for an unknown id
	 */
	public static Optional<RuleInfo> info(String id) {
		return rule(id).map(Rule::info)
			.or(() -> SimulatorCauses.ALL.stream().filter((info) -> info.id().equals(id)).findFirst());
	}

}
