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
		Explained explained;
		if (anchor(top).file().equals(anchor(cors.effective()).file())) {
			explained = sameFile(failing, top, cors);
		}
		else if (cors.effective().provenance().scope().kind().compareTo(top.provenance().scope().kind()) < 0) {
			explained = broaderCors(trip, failing, top, cors);
		}
		else {
			explained = narrowerCors(trip, failing, top, cors);
		}
		return Analysis.at(failing, "cors-not-first", Severity.ERROR, explained.message(), explained.fix(),
				explained.patches());
	}

	private Explained sameFile(EffectiveElement failing, EffectiveElement top, CorsElement cors) {
		SourceLocation anchor = anchor(top);
		SourceLocation moved = anchor(cors.effective());
		return new Explained(failing.name() + " stands before the cors at " + Analysis.place(cors.location())
				+ " in the same inbound section",
				"Move the <cors> block above <" + top.name() + "> (line " + anchor.line() + " of " + anchor.file()
						+ "), so cors is the first policy that runs.",
				this.analysis.patch("not-first " + moved + " " + anchor,
						() -> this.analysis.fixes().moveBefore(anchor.file(), moved.position(), anchor.position())));
	}

	private Explained broaderCors(Trip trip, EffectiveElement failing, EffectiveElement top, CorsElement cors) {
		Scope failingScope = top.provenance().scope();
		Scope corsScope = cors.effective().provenance().scope();
		String file = anchor(top).file();
		Optional<PolicyElement> inbound = inbound(trip, failingScope);
		return new Explained("in the " + trip.policy().orElseThrow().context() + " context " + failing.name()
				+ " runs before the " + corsScope + " cors (" + Analysis.place(cors.location())
				+ "), because it stands above the " + failingScope.kind() + "'s <base />",
				"Move <base /> to the top of <inbound> in " + file + ", so the " + corsScope + " cors runs before "
						+ failing.name() + ".",
				this.analysis.patch("not-first base " + file, () -> moveBaseFirst(file, inbound)));
	}

	private Explained narrowerCors(Trip trip, EffectiveElement failing, EffectiveElement top, CorsElement cors) {
		SourceLocation moved = anchor(cors.effective());
		Scope corsScope = cors.effective().provenance().scope();
		Optional<PolicyElement> inbound = inbound(trip, corsScope);
		return new Explained(failing.name() + " of the " + top.provenance().scope() + " scope runs before the cors at "
				+ Analysis.place(cors.location()) + ", which stands after <base /> in its " + corsScope.kind() + " policy",
				"Move the <cors> block at " + Analysis.place(cors.location())
						+ " to the top of its <inbound>, above <base />, so it runs before the broader scopes' policies.",
				this.analysis.patch("not-first top " + moved, () -> inbound
					.map((section) -> this.analysis.fixes()
						.moveFirst(moved.file(), moved.position(), section.elements().get(0).position()))
					.orElse(List.of())));
	}

	private Optional<PolicyElement> inbound(Trip trip, Scope scope) {
		return this.analysis.pipelines().document(scope, trip.policy().orElseThrow().context().api())
			.flatMap((document) -> document.section(SectionName.INBOUND));
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

	/** A cause's message, fix and patches. */
	private record Explained(String message, String fix, List<Patch> patches) {
	}

}
