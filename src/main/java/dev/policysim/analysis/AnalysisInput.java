package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.Scope;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.LoadProblem;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Workspace;

/**
 * What the rules read: the workspace, its effective policies computed once for all rules, and
 * facts derived from them once (the policy sites, APIs by name). Confined to one analysis run.
 */
public final class AnalysisInput {

	private final Workspace workspace;

	private final List<EffectivePolicy> policies;

	private final LintSettings settings;

	private final List<LoadProblem> problems;

	private final Map<String, Api> apis = new HashMap<>();

	private final Map<String, Map<String, Operation>> operations = new HashMap<>();

	private final List<ScopeDocument> documents;

	private final PolicySites.Walked walked;

	private List<Inbound> inbounds = List.of();

	private List<EffectivePolicy> withProblems = List.of();

	private List<EffectivePolicy> withCutOffs = List.of();

	/**
	 * The input of one run: walks every document once for the sites and the exemption comments.
	 * @param workspace the workspace
	 * @param allPolicies every effective policy of the workspace, as
	 * {@code EffectivePolicyCalculator.calculateAll} gives them
	 * @param settings the workspace's lint settings, whose problems are reported with the
	 * workspace's own
	 */
	public AnalysisInput(Workspace workspace, List<EffectivePolicy> allPolicies, LintSettings settings) {
		this.workspace = Objects.requireNonNull(workspace, "workspace");
		this.settings = Objects.requireNonNull(settings, "settings");
		for (Api api : workspace.apis()) {
			this.apis.put(api.name(), api);
			Map<String, Operation> byName = new HashMap<>();
			api.operations().forEach((operation) -> byName.put(operation.name(), operation));
			this.operations.put(api.name(), byName);
		}
		this.policies = requestContexts(allPolicies);
		this.documents = ScopeDocument.all(workspace);
		this.walked = PolicySites.of(workspace, this.documents);
		List<LoadProblem> all = new ArrayList<>(workspace.problems());
		all.addAll(settings.problems());
		all.addAll(this.walked.exemptions().problems());
		this.problems = List.copyOf(all);
	}

	/**
	 * Drops the API-level policies of APIs that have operations: a request always runs an
	 * operation's policy, and an API-level element that every operation cuts off never runs.
	 */
	private List<EffectivePolicy> requestContexts(List<EffectivePolicy> all) {
		List<EffectivePolicy> kept = new ArrayList<>(all.size());
		for (EffectivePolicy policy : all) {
			PolicyContext context = policy.context();
			if (context.operation().isPresent() || api(context.api()).map((api) -> api.operations().isEmpty()).orElse(true)) {
				kept.add(policy);
			}
		}
		return List.copyOf(kept);
	}

	/** The workspace. */
	public Workspace workspace() {
		return this.workspace;
	}

	/**
	 * The effective policies requests run: each operation of each API (the API-level policy for an
	 * API without operations), under no product and under each product containing the API.
	 * @return the policies in workspace order; empty when the workspace has no API
	 */
	public List<EffectivePolicy> policies() {
		return this.policies;
	}

	/**
	 * Every element standing where policies stand, in every document.
	 * @return the sites; empty when the workspace has no policy
	 */
	public List<PolicySite> sites() {
		return this.walked.sites();
	}

	/**
	 * Every scope's policy document: global, products, then each API followed by its operations.
	 * @return the documents; empty when the workspace has none
	 */
	public List<ScopeDocument> documents() {
		return this.documents;
	}

	/** The exemption comments the walk found, which the analyzer applies to the findings. */
	Exemptions exemptions() {
		return this.walked.exemptions();
	}

	/**
	 * The sites of elements with one name, e.g. every cors of every document.
	 * @param name the element name
	 * @return the sites in the order of {@link #sites()}; empty when there are none
	 */
	public List<PolicySite> sites(String name) {
		return this.walked.byName().getOrDefault(name, List.of());
	}

	/**
	 * The names of the elements that stand where policies stand, each once, so a rule can judge a
	 * name once for all its sites.
	 * @return the names; empty when there are no sites
	 */
	public Set<String> siteNames() {
		return Collections.unmodifiableSet(this.walked.byName().keySet());
	}

	/**
	 * The effective inbound of each context of {@link #policies()}, read once for all rules.
	 * @return one entry per policy, in the same order
	 */
	public List<Inbound> inbounds() {
		readPolicies();
		return this.inbounds;
	}

	/**
	 * The effective policies whose calculation met problems (missing fragments and named values,
	 * duplicate {@code <base/>}), so the rules reporting them need not visit every policy.
	 * @return those policies, in the order of {@link #policies()}; empty when there are none
	 */
	public List<EffectivePolicy> policiesWithProblems() {
		readPolicies();
		return this.withProblems;
	}

	/**
	 * The effective policies that lost a broader scope's section to a missing {@code <base/>}.
	 * @return those policies, in the order of {@link #policies()}; empty when there are none
	 */
	public List<EffectivePolicy> policiesWithCutOffs() {
		readPolicies();
		return this.withCutOffs;
	}

	/** One pass over every policy for the facts rules share; the policies are many and large. */
	private void readPolicies() {
		if (!this.inbounds.isEmpty() || this.policies.isEmpty()) {
			return;
		}
		List<Inbound> read = new ArrayList<>(this.policies.size());
		List<EffectivePolicy> problems = new ArrayList<>();
		List<EffectivePolicy> cutOffs = new ArrayList<>();
		for (EffectivePolicy policy : this.policies) {
			read.add(Inbound.of(policy, operation(policy.context())));
			if (!policy.problems().isEmpty()) {
				problems.add(policy);
			}
			if (!policy.cutOffs().isEmpty()) {
				cutOffs.add(policy);
			}
		}
		this.withProblems = List.copyOf(problems);
		this.withCutOffs = List.copyOf(cutOffs);
		this.inbounds = List.copyOf(read);
	}

	/** The files that could not be used: the workspace's and the lint configuration's. */
	public List<LoadProblem> problems() {
		return this.problems;
	}

	/**
	 * The value the gateway profile assumes for {@code terminate-unmatched-request} when a cors
	 * element leaves it out (gateway.md §5 and §9).
	 * @return the default, {@code true} unless the settings say otherwise
	 */
	public boolean terminateUnmatchedDefault() {
		return this.settings.terminateUnmatchedDefault();
	}

	/**
	 * An API by name, without a linear search.
	 * @param name the API's resource name
	 * @return the API, or empty
	 */
	public Optional<Api> api(String name) {
		return Optional.ofNullable(this.apis.get(name));
	}

	/**
	 * The operation of a context.
	 * @param context a context of this workspace
	 * @return the operation; empty for an API-level context
	 */
	public Optional<Operation> operation(PolicyContext context) {
		if (context.operation().isEmpty()) {
			return Optional.empty();
		}
		// contexts spell names as the workspace does, so an exact lookup finds them
		Map<String, Operation> byName = this.operations.getOrDefault(context.api(), Map.of());
		return Optional.ofNullable(byName.get(context.operation().get()));
	}

	/**
	 * The policy document of a scope.
	 * @param scope the scope
	 * @param api the API of the context, which an operation scope belongs to
	 * @return the document, or empty when the scope has none
	 */
	public Optional<PolicyDocument> document(Scope scope, String api) {
		String name = scope.name().orElse("");
		return switch (scope.kind()) {
			case GLOBAL -> this.workspace.global();
			case PRODUCT -> this.workspace.product(name).flatMap((product) -> product.policy());
			case API -> api(name).flatMap(Api::policy);
			case OPERATION -> api(api).flatMap((owner) -> owner.operation(name)).flatMap(Operation::policy);
			case WORKSPACE -> Optional.empty();
		};
	}

}
