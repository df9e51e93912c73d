package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;

/**
 * A section flattened from one scope up to global: what the narrower scope's {@code <base/>} is
 * replaced by. Immutable, so a pass shares it between every context with the same broader scopes.
 *
 * @param elements the policies in running order
 * @param boundaries where each broader scope's part begins and ends, indices into {@code elements}
 * @param cutOffs the broader scopes this section lost, nearest first
 * @param problems what resolving the documents involved met
 */
record Flattened(List<EffectiveElement> elements, List<ScopeBoundary> boundaries, List<CutOff> cutOffs,
		List<CalculationProblem> problems) {

	Flattened {
		elements = List.copyOf(elements);
		boundaries = List.copyOf(boundaries);
		cutOffs = List.copyOf(cutOffs);
		problems = List.copyOf(problems);
	}

	/**
	 * A section whose {@code <base/>} is replaced by the broader scope's flattened section, between
	 * that scope's begin and end boundaries.
	 * @param own the narrower scope's section, which holds {@code <base/>}
	 * @param broader the flattened section of the next broader scope
	 * @param broaderScope that scope
	 * @return the combined section
	 */
	static Flattened around(ResolvedSection own, Flattened broader, Scope broaderScope) {
		int offset = own.before().size();
		List<EffectiveElement> elements = new ArrayList<>(offset + broader.elements.size() + own.after().size());
		elements.addAll(own.before());
		elements.addAll(broader.elements);
		elements.addAll(own.after());
		List<ScopeBoundary> boundaries = new ArrayList<>(broader.boundaries.size() + 2);
		boundaries.add(new ScopeBoundary(offset, broaderScope, true));
		for (ScopeBoundary boundary : broader.boundaries) {
			boundaries.add(new ScopeBoundary(boundary.index() + offset, boundary.scope(), boundary.begin()));
		}
		boundaries.add(new ScopeBoundary(offset + broader.elements.size(), broaderScope, false));
		List<CalculationProblem> problems = new ArrayList<>(own.problems());
		problems.addAll(broader.problems);
		return new Flattened(elements, boundaries, broader.cutOffs, problems);
	}

}
