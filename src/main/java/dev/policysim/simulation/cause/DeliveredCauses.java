package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.CorsDecision;
import dev.policysim.simulation.fix.Patch;

/**
 * The causes worth telling about a request the script got: {@code cors-credentials-wildcard} when
 * a page that should have been refused read a credentialed answer, {@code expose-header-missing}
 * when the script reads a header the response carries but does not expose.
 */
final class DeliveredCauses {

	/** Response headers script can always read (Fetch's CORS-safelisted response header names). */
	private static final Set<String> SAFELISTED = Set.of("cache-control", "content-language", "content-length",
			"content-type", "expires", "last-modified", "pragma");

	private final Analysis analysis;

	DeliveredCauses(Analysis analysis) {
		this.analysis = analysis;
	}

	List<Cause> of(Trip trip, RequestFacts facts) {
		List<Cause> causes = new ArrayList<>();
		Optional<CorsDecision> matched = trip.matched();
		if (matched.isEmpty()) {
			return causes;
		}
		CorsElement cors = new CorsElement(matched.get().element());
		boolean unwanted = facts.request().expect().orElse(Outcome.DELIVERED) == Outcome.BLOCKED;
		if (unwanted && facts.request().credentials() == CredentialsMode.INCLUDE && cors.anyOrigin() && cors.credentials()) {
			causes.add(wildcard(cors, facts.request().page()));
		}
		for (String header : facts.request().read()) {
			boolean carried = trip.exchange().response().headers().contains(header);
			boolean readable = facts.verdict().readable().contains(header);
			if (carried && !readable && !SAFELISTED.contains(header.toLowerCase(Locale.ROOT))) {
				causes.add(exposeMissing(cors, header));
			}
		}
		return causes;
	}

	private Cause wildcard(CorsElement cors, Origin page) {
		List<String> trusted = this.analysis.trusted().stream().filter((origin) -> !origin.equals(page))
			.map(Origin::serialize).toList();
		String message = "credentials are allowed for every origin (allow-credentials=\"true\" with <origin>*</origin> at "
				+ Analysis.place(cors.location()) + "), so the gateway hands " + page.serialize()
				+ " the same permission as " + (trusted.isEmpty() ? "any trusted page" : String.join(", ", trusted));
		String fix = "Replace <origin>*</origin> with the origins that may call the API with the user's cookies"
				+ (trusted.isEmpty() ? "." : ": " + String.join(", ", trusted) + ".");
		List<Patch> patches = cors.wildcardOrigin().filter((star) -> !trusted.isEmpty())
			.map((star) -> this.analysis.patch("wildcard " + cors.location() + " " + trusted,
					() -> this.analysis.fixes().replaceWith(cors.location().file(), star.position(), "origin", trusted)))
			.orElse(List.of());
		return Analysis.at(cors.effective(), "cors-credentials-wildcard", Severity.ERROR, message, fix, patches);
	}

	private Cause exposeMissing(CorsElement cors, String header) {
		List<Patch> patches = this.analysis.patch("expose " + cors.location() + " " + header,
				() -> this.analysis.fixes().addToList(cors.location().file(), cors.element(), "expose-headers", "header",
						List.of(header), List.of()));
		return Analysis.at(cors.effective(), "expose-header-missing", Severity.WARNING, "the script reads " + header
				+ "; the response carries it, but the cors at " + Analysis.place(cors.location())
				+ " does not list it in expose-headers, so the browser hides it",
				"Add <header>" + header + "</header> to <expose-headers> of the cors at " + Analysis.place(cors.location())
						+ ".",
				patches);
	}

}
