package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.policysim.browser.CredentialsMode;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.Position;
import dev.policysim.policy.SectionName;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;

/**
 * A cors block where the API's browsers will meet it: in the API's {@code <inbound>}, right after
 * {@code <base />}, allowing the pages the scenario serves, the API's methods and the headers the
 * request sends; or the product's cors moved there.
 */
final class NewCors {

	private static final Set<String> SAFELISTED = Set.of("accept", "accept-language", "content-language",
			"content-type");

	private final Analysis analysis;

	NewCors(Analysis analysis) {
		this.analysis = analysis;
	}

	/** The patch adding a new cors block to the API's policy (creating the file when there is none). */
	List<Patch> addTo(Api api, RequestFacts facts) {
		String block = block(api, facts);
		String file = "apis/" + api.name() + "/policy.xml";
		Optional<PolicyDocument> document = api.policy();
		if (document.isEmpty()) {
			return this.analysis.fixes().create(file, "<policies>\n  <inbound>\n    <base />\n    "
					+ block.replace("\n", "\n    ") + "\n  </inbound>\n  <backend>\n    <base />\n  </backend>\n"
					+ "  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>\n");
		}
		Optional<PolicyElement> inbound = document.get().section(SectionName.INBOUND);
		if (inbound.isEmpty()) {
			return this.analysis.fixes().addInbound(document.get().file(), document.get().root(), block);
		}
		return this.analysis.fixes().insertAfterBase(document.get().file(), inbound.get(), block);
	}

	/** The patches moving a product's cors into the API's inbound, after {@code <base />}. */
	List<Patch> moveTo(Api api, String from, Position cors) {
		Optional<PolicyElement> inbound = api.policy().flatMap((document) -> document.section(SectionName.INBOUND));
		if (inbound.isEmpty()) {
			return List.of();
		}
		return this.analysis.fixes().moveToFile(from, cors, api.policy().get().file(), inbound.get());
	}

	private String block(Api api, RequestFacts facts) {
		boolean credentials = facts.request().credentials() == CredentialsMode.INCLUDE;
		StringBuilder block = new StringBuilder("<cors allow-credentials=\"" + credentials
				+ "\" terminate-unmatched-request=\"false\">\n  <allowed-origins>\n");
		MissingCorsCauses.originsFor(this.analysis, facts)
			.forEach((origin) -> block.append("    <origin>").append(origin).append("</origin>\n"));
		block.append("  </allowed-origins>\n  <allowed-methods>\n");
		methods(api, facts).forEach((method) -> block.append("    <method>").append(method).append("</method>\n"));
		block.append("  </allowed-methods>\n  <allowed-headers>\n");
		headers(api, facts).forEach((header) -> block.append("    <header>").append(header).append("</header>\n"));
		return block.append("  </allowed-headers>\n</cors>").toString();
	}

	private static List<String> methods(Api api, RequestFacts facts) {
		Set<String> methods = new LinkedHashSet<>();
		methods.add(facts.request().method().toUpperCase(Locale.ROOT));
		api.operations().stream().map(Operation::method).filter((method) -> !method.equals("OPTIONS"))
			.forEach(methods::add);
		List<String> ordered = new ArrayList<>();
		for (String known : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")) {
			if (methods.remove(known)) {
				ordered.add(known);
			}
		}
		ordered.addAll(methods);
		return ordered;
	}

	private static List<String> headers(Api api, RequestFacts facts) {
		Set<String> lower = new LinkedHashSet<>();
		List<String> headers = new ArrayList<>();
		headers.add("Content-Type");
		lower.add("content-type");
		for (String name : facts.request().headers().names()) {
			if (!SAFELISTED.contains(name.toLowerCase(Locale.ROOT)) && lower.add(name.toLowerCase(Locale.ROOT))) {
				headers.add(name);
			}
		}
		if (api.keyNames().headerRenamed() && lower.add(api.keyNames().header().toLowerCase(Locale.ROOT))) {
			headers.add(api.keyNames().header());
		}
		return headers;
	}

}
