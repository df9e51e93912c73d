package dev.policysim.analysis.rule;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.policy.PolicyExpressions;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.KeyNames;

/**
 * A request header browsers must send for the API to answer, and why.
 *
 * @param name the header name as written
 * @param reason who needs it, for the message
 */
record NeededHeader(String name, String reason) {

	/**
	 * Headers browsers set themselves (the Fetch standard's forbidden request headers) or send without
	 * a preflight (CORS-safelisted), which allowed-headers need not list; {@code Content-Type} is
	 * safelisted only for form values, so it is not judged either.
	 */
	private static final Set<String> NOT_JUDGED = Set.of("accept", "accept-language", "content-language",
			"content-type", "range", "accept-charset", "accept-encoding", "access-control-request-headers",
			"access-control-request-method", "connection", "content-length", "cookie", "cookie2", "date", "dnt",
			"expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te", "trailer", "transfer-encoding",
			"upgrade", "via", KeyNames.DEFAULT_HEADER.toLowerCase(Locale.ROOT));

	NeededHeader {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * The API's renamed subscription-key header, when the API requires a key.
	 * @param input the analysis input
	 * @param api the API's name
	 * @return the header, or nothing
	 */
	static List<NeededHeader> ofApi(AnalysisInput input, String api) {
		Optional<Api> found = input.api(api).filter(Api::subscriptionRequired);
		if (found.isEmpty() || !found.get().keyNames().headerRenamed()) {
			return List.of();
		}
		String header = found.get().keyNames().header();
		return List.of(new NeededHeader(header, "API " + api + " reads its subscription key from the renamed header "
				+ header + " (apis/" + api + "/apiInformation.json), which cors allows only when listed"));
	}

	/**
	 * The header a policy of the effective inbound requires.
	 * @param element a direct child of an effective inbound
	 * @return the header; empty when the policy requires none, or its name is an expression
	 */
	static Optional<NeededHeader> ofPolicy(EffectiveElement element) {
		Optional<String> name = switch (element.name()) {
			case "validate-jwt", "check-header" -> element.element()
				.attribute(element.name().equals("check-header") ? "name" : "header-name");
			case "validate-azure-ad-token" -> Optional.of(element.element().attribute("header-name").orElse("Authorization"));
			default -> Optional.empty();
		};
		if (name.isEmpty()) {
			return Optional.empty();
		}
		String header = name.get().strip();
		String why = element.name().equals("check-header") ? " requires header " : " reads the token from header ";
		return Optional.of(new NeededHeader(header, element.name() + " at " + element.provenance().location() + why + header))
			.filter(NeededHeader::judged);
	}

	private boolean judged() {
		String lower = this.name.toLowerCase(Locale.ROOT);
		return !this.name.isEmpty() && !PolicyExpressions.isExpression(this.name) && !this.name.contains("{{")
				&& !NOT_JUDGED.contains(lower) && !lower.startsWith("proxy-") && !lower.startsWith("sec-");
	}

}
