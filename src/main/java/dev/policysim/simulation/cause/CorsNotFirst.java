package dev.policysim.simulation.cause;

import java.util.List;
import java.util.Optional;

import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.SectionName;
import dev.policysim.simulation.fix.Patch;

/**
 * {@code cors-not-first} at a policy that ended the request before a cors that follows it, and the
 * fix that puts cors first by moving the fewest lines: the cors above the policy when both stand in
 * one file; the policy's {@code <base />} to the top when the cors comes from a broader scope; the
 * cors to the top of its section, above {@code <base />}, when it comes from a narrower one.
 */
final class CorsNotFirst {

	private final Analysis analysis;

	CorsNotFirst(Analysis analysis) {
		this.analysis = analysis;
	}

	Cause of(Trip trip, EffectiveElement failing, CorsElement cors) {
		EffectiveElement top = trip.inbound().get(trip.inboundIndex(failing).orElseThrow());
		SourceLocation anchor = anchor(top);
		SourceLocation moved = anchor(cors.effective());
		Scope failingScope = top.provenance().scope();
		Scope corsScope = cors.effective().provenance().scope();
		String api = trip.policy().orElseThrow().context().api();
		String message;
		String fix;
		List<Patch> patches;
		if (anchor.file().equals(moved.file())) {
			message = failing.name() + " stands before the cors at " + Analysis.place(cors.location())
					+ " in the same inbound section";
			fix = "Move the <cors> block above <" + top.name() + "> (line " + anchor.line() + " of " + anchor.file()
					+ "), so cors is the first policy that runs.";
			patches = this.analysis.patch("not-first " + moved + " " + anchor,
					() -> this.analysis.fixes().moveBefore(anchor.file(), moved.position(), anchor.position()));
		}
		else if (corsScope.kind().compareTo(failingScope.kind()) < 0) {
			Optional<PolicyElement> inbound = this.analysis.pipelines().document(failingScope, api)
				.flatMap((document) -> document.section(SectionName.INBOUND));
			message = "in the " + trip.policy().get().context() + " context " + failing.name() + " runs before the "
					+ corsScope + " cors (" + Analysis.place(cors.location()) + "), because it stands above the "
					+ failingScope.kind() + "'s <base />";
			fix = "Move <base /> to the top of <inbound> in " + anchor.file() + ", so the " + corsScope
					+ " cors runs before " + failing.name() + ".";
			patches = this.analysis.patch("not-first base " + anchor.file(), () -> moveBaseFirst(anchor.file(), inbound));
		}
		else {
			Optional<PolicyElement> inbound = this.analysis.pipelines().document(corsScope, api)
				.flatMap((document) -> document.section(SectionName.INBOUND));
			message = failing.name() + " of the " + failingScope + " scope runs before the cors at "
					+ Analysis.place(cors.location()) + ", which stands after <base /> in its " + corsScope.kind()
					+ " policy";
			fix = "Move the <cors> block at " + Analysis.place(cors.location())
					+ " to the top of its <inbound>, above <base />, so it runs before the broader scopes' policies.";
			patches = this.analysis.patch("not-first top " + moved, () -> inbound
				.map((section) -> this.analysis.fixes()
					.moveFirst(moved.file(), moved.position(), section.elements().get(0).position()))
				.orElse(List.of()));
		}
		return Analysis.at(failing, "cors-not-first", Severity.ERROR, message, fix, patches);
	}

	private List<Patch> moveBaseFirst(String file, Optional<PolicyElement> inbound) {
		if (inbound.isEmpty() || inbound.get().elements().isEmpty()) {
			return List.of();
		}
		Optional<PolicyElement> base = inbound.get().elements().stream().filter(PolicyElement::isBase).findFirst();
		return base.map((found) -> this.analysis.fixes()
			.moveFirst(file, found.position(), inbound.get().elements().get(0).position())).orElse(List.of());
	}

	/** Where an element of the effective inbound stands in its scope's document: the include of a fragment. */
	private static SourceLocation anchor(EffectiveElement element) {
		return element.provenance().fragment().map((fragment) -> fragment.includedAt())
			.orElse(element.provenance().location());
	}

}
