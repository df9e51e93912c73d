package dev.policysim.effective;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.workspace.Workspace;

/**
 * One run of the calculator over one workspace. It resolves each scope's section once and
 * flattens each chain of broader scopes (API, product, global) once, however many contexts share
 * them, so flattening every operation costs little more than reading it.
 *
 * <p>Holds mutable memos: confined to the thread that created it and dropped after the call.
 */
final class FlatteningPass {

	private final ElementResolver resolver;

	/**
	 * Each document's resolved sections. Keyed by the document itself, not its scope: operation
	 * scopes are named by operation only, and two APIs may each have an operation "get".
	 */
	private final Map<PolicyDocument, Map<SectionName, ResolvedSection>> resolved = new IdentityHashMap<>();

	private final Map<Suffix, Flattened> shared = new HashMap<>();

	FlatteningPass(Workspace workspace) {
		this.resolver = new ElementResolver(workspace);
	}

	/**
	 * The effective policy of a context.
	 * @param chain the context's scopes
	 * @return the effective policy
	 */
	EffectivePolicy calculate(ScopeChain chain) {
		Map<SectionName, EffectiveSection> sections = new EnumMap<>(SectionName.class);
		List<CutOff> cutOffs = new ArrayList<>();
		Set<CalculationProblem> problems = new LinkedHashSet<>();
		for (SectionName section : SectionName.values()) {
			Flattened flattened = flatten(chain, 0, section);
			sections.put(section, new EffectiveSection(section, flattened.elements(), flattened.boundaries()));
			cutOffs.addAll(flattened.cutOffs());
			// a fragment included twice reports its problems once
			problems.addAll(flattened.problems());
		}
		return new EffectivePolicy(chain.context(), sections, cutOffs, List.copyOf(problems));
	}

	private Flattened flatten(ScopeChain chain, int level, SectionName section) {
		if (level == 0) {
			// the narrowest scope's flattening belongs to this context alone
			return compute(chain, level, section);
		}
		Suffix key = new Suffix(chain.scopesFrom(level), section);
		Flattened flattened = this.shared.get(key);
		if (flattened == null) {
			flattened = compute(chain, level, section);
			this.shared.put(key, flattened);
		}
		return flattened;
	}

	private Flattened compute(ScopeChain chain, int level, SectionName section) {
		ResolvedSection own = resolve(chain.level(level), section);
		if (chain.isBroadest(level)) {
			// "A globally scoped policy has no parent scope, and using the base element in it has no
			// effect." (set-edit-policies)
			return new Flattened(own.all(), List.of(), List.of(), own.problems());
		}
		if (!own.hasBase()) {
			return new Flattened(own.all(), List.of(), cutOffs(chain, level, section, own), own.problems());
		}
		return Flattened.around(own, flatten(chain, level + 1, section), chain.level(level + 1).scope());
	}

	private static List<CutOff> cutOffs(ScopeChain chain, int level, SectionName section, ResolvedSection own) {
		SourceLocation cause = own.cause().orElseThrow();
		String because = cause.file() + " " + section + " has no <base/>";
		List<CutOff> cutOffs = new ArrayList<>();
		for (int broader = level + 1; broader < chain.levels().size(); broader++) {
			ScopeLevel scope = chain.level(broader);
			if (scope.hasOwnPolicies(section)) {
				cutOffs.add(new CutOff(section, scope.scope(), because, cause));
			}
		}
		return cutOffs;
	}

	private ResolvedSection resolve(ScopeLevel level, SectionName section) {
		Optional<PolicyDocument> document = level.document();
		if (document.isEmpty()) {
			return ResolvedSection.PASS_THROUGH;
		}
		Map<SectionName, ResolvedSection> sections = this.resolved.computeIfAbsent(document.get(),
				(key) -> new EnumMap<>(SectionName.class));
		ResolvedSection resolvedSection = sections.get(section);
		if (resolvedSection == null) {
			resolvedSection = resolve(level.scope(), document.get(), section);
			sections.put(section, resolvedSection);
		}
		return resolvedSection;
	}

	private ResolvedSection resolve(Scope scope, PolicyDocument document, SectionName section) {
		Optional<PolicyElement> sectionElement = document.section(section);
		if (sectionElement.isEmpty()) {
			return ResolvedSection.PASS_THROUGH;
		}
		List<EffectiveElement> before = new ArrayList<>();
		List<EffectiveElement> after = new ArrayList<>();
		List<CalculationProblem> problems = new ArrayList<>();
		boolean hasBase = false;
		for (PolicyElement element : sectionElement.get().elements()) {
			if (!element.isBase()) {
				(hasBase ? after : before).addAll(this.resolver.resolve(element, scope, document.file(), problems));
			}
			else if (hasBase) {
				problems.add(duplicateBase(scope, document.file(), section, element));
			}
			else {
				hasBase = true;
			}
		}
		SourceLocation cause = new SourceLocation(document.file(), sectionElement.get().position());
		return new ResolvedSection(hasBase, before, after, Optional.of(cause), problems);
	}

	private static CalculationProblem duplicateBase(Scope scope, String file, SectionName section,
			PolicyElement base) {
		// not documented; gateway.md §2 chooses to expand the first and ignore the rest
		String message = "<base/> appears more than once in " + file + " " + section
				+ "; only the first inserts the broader scopes' policies, this one is ignored";
		return new CalculationProblem("base-duplicate", new SourceLocation(file, base.position()), scope, message);
	}

	/** The broader scopes of a chain from one level up, which identify a shareable flattening. */
	private record Suffix(List<Scope> scopes, SectionName section) {
	}

}
