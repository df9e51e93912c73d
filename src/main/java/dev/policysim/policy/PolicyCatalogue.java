package dev.policysim.policy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.Collections;

/**
 * The APIM policies the tool knows, with the sections and scopes each is allowed in, after the
 * "Usage" block of each page of Microsoft's policy reference
 * (https://learn.microsoft.com/azure/api-management/api-management-policies). Lint rules use it to
 * tell a misplaced policy from a typo.
 *
 * <p>For on-error, the list on the error-handling page (api-management-error-handling-policies) is
 * followed, plus the newer policies whose own pages allow on-error ({@code emit-metric},
 * {@code include-fragment}, the Dapr and validation policies).
 */
public final class PolicyCatalogue {

	private static final Set<SectionName> IN = EnumSet.of(SectionName.INBOUND);

	private static final Set<SectionName> ALL_SECTIONS = EnumSet.allOf(SectionName.class);

	private static final Set<ScopeKind> ALL_SCOPES = EnumSet.allOf(ScopeKind.class);

	private static final Map<String, PolicyInfo> POLICIES = catalogue();

	private PolicyCatalogue() {
	}

	/**
	 * Looks a policy up by element name.
	 * @param name the element name
	 * @return what the reference says, or empty when the name is not an APIM policy
	 */
	public static Optional<PolicyInfo> lookup(String name) {
		return Optional.ofNullable(POLICIES.get(name));
	}

	/** Every known policy, ordered by name. */
	public static Collection<PolicyInfo> all() {
		return POLICIES.values();
	}

	/**
	 * Whether an element, standing inside {@code parent}, is itself a policy rather than a part of
	 * one: children of a section, of a fragment, of a {@code when}/{@code otherwise} branch and of
	 * container policies are policies; {@code <origin>} inside {@code <allowed-origins>} is not.
	 * @param parent the name of the element that holds it
	 * @return whether the children of {@code parent} are policies
	 */
	public static boolean holdsPolicies(String parent) {
		if (SectionName.fromXmlName(parent).isPresent() || parent.equals(PolicyDocument.FRAGMENT)
				|| parent.equals("when") || parent.equals("otherwise")) {
			return true;
		}
		PolicyInfo info = POLICIES.get(parent);
		return info != null && info.container() && !parent.equals("choose");
	}

	private static Map<String, PolicyInfo> catalogue() {
		Map<String, PolicyInfo> map = new TreeMap<>();
		Set<SectionName> inOut = EnumSet.of(SectionName.INBOUND, SectionName.OUTBOUND);
		Set<SectionName> inOutError = EnumSet.of(SectionName.INBOUND, SectionName.OUTBOUND, SectionName.ON_ERROR);
		Set<SectionName> inBackend = EnumSet.of(SectionName.INBOUND, SectionName.BACKEND);
		Set<SectionName> inOutBackend = EnumSet.of(SectionName.INBOUND, SectionName.OUTBOUND, SectionName.BACKEND);
		Set<SectionName> outError = EnumSet.of(SectionName.OUTBOUND, SectionName.ON_ERROR);
		Set<SectionName> allButError = EnumSet.of(SectionName.INBOUND, SectionName.BACKEND, SectionName.OUTBOUND);
		Set<ScopeKind> productApiOperation = EnumSet.of(ScopeKind.PRODUCT, ScopeKind.API, ScopeKind.OPERATION);

		// access restriction and authentication
		add(map, "cors", IN, ALL_SCOPES, false);
		add(map, "check-header", IN, ALL_SCOPES, false);
		add(map, "ip-filter", IN, ALL_SCOPES, false);
		add(map, "validate-jwt", IN, ALL_SCOPES, false);
		add(map, "validate-azure-ad-token", IN, ALL_SCOPES, false);
		add(map, "validate-client-certificate", IN, ALL_SCOPES, false);
		add(map, "authentication-basic", IN, ALL_SCOPES, false);
		add(map, "authentication-certificate", IN, ALL_SCOPES, false);
		add(map, "authentication-managed-identity", IN, ALL_SCOPES, false);
		add(map, "get-authorization-context", IN, ALL_SCOPES, false);
		add(map, "cross-domain", IN, EnumSet.of(ScopeKind.GLOBAL), false);
		// rate limits and quotas
		add(map, "rate-limit", IN, productApiOperation, false);
		add(map, "rate-limit-by-key", IN, ALL_SCOPES, false);
		add(map, "quota", IN, EnumSet.of(ScopeKind.PRODUCT), false);
		add(map, "quota-by-key", IN, ALL_SCOPES, false);
		add(map, "limit-concurrency", ALL_SECTIONS, ALL_SCOPES, true);
		add(map, "azure-openai-token-limit", IN, ALL_SCOPES, false);
		add(map, "llm-token-limit", IN, ALL_SCOPES, false);
		add(map, "azure-openai-emit-token-metric", IN, ALL_SCOPES, false);
		add(map, "llm-emit-token-metric", IN, ALL_SCOPES, false);
		add(map, "llm-content-safety", IN, ALL_SCOPES, false);
		// routing and flow
		add(map, "forward-request", EnumSet.of(SectionName.BACKEND), ALL_SCOPES, false);
		add(map, "set-backend-service", inBackend, ALL_SCOPES, false);
		add(map, "proxy", IN, ALL_SCOPES, false);
		add(map, "include-fragment", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "choose", ALL_SECTIONS, ALL_SCOPES, true);
		add(map, "retry", ALL_SECTIONS, ALL_SCOPES, true);
		add(map, "wait", allButError, ALL_SCOPES, true);
		add(map, "return-response", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "mock-response", inOutError, ALL_SCOPES, false);
		add(map, "send-request", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "send-one-way-request", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "set-variable", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "trace", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "log-to-eventhub", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "emit-metric", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "publish-to-dapr", inOutError, ALL_SCOPES, false);
		add(map, "invoke-dapr-binding", inOutError, ALL_SCOPES, false);
		// caching
		add(map, "cache-lookup", IN, ALL_SCOPES, false);
		add(map, "cache-store", EnumSet.of(SectionName.OUTBOUND), ALL_SCOPES, false);
		add(map, "cache-lookup-value", allButError, ALL_SCOPES, false);
		add(map, "cache-store-value", allButError, ALL_SCOPES, false);
		add(map, "cache-remove-value", allButError, ALL_SCOPES, false);
		add(map, "azure-openai-semantic-cache-lookup", IN, ALL_SCOPES, false);
		add(map, "azure-openai-semantic-cache-store", EnumSet.of(SectionName.OUTBOUND), ALL_SCOPES, false);
		add(map, "llm-semantic-cache-lookup", IN, ALL_SCOPES, false);
		add(map, "llm-semantic-cache-store", EnumSet.of(SectionName.OUTBOUND), ALL_SCOPES, false);
		// transformation
		add(map, "set-header", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "set-query-parameter", inBackend, ALL_SCOPES, false);
		add(map, "set-method", EnumSet.of(SectionName.INBOUND, SectionName.ON_ERROR), ALL_SCOPES, false);
		add(map, "set-status", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "set-body", inOutBackend, ALL_SCOPES, false);
		add(map, "rewrite-uri", IN, ALL_SCOPES, false);
		add(map, "find-and-replace", ALL_SECTIONS, ALL_SCOPES, false);
		add(map, "json-to-xml", inOutError, ALL_SCOPES, false);
		add(map, "xml-to-json", inOutError, ALL_SCOPES, false);
		add(map, "xsl-transform", inOut, ALL_SCOPES, false);
		add(map, "redirect-content-urls", inOut, ALL_SCOPES, false);
		add(map, "jsonp", EnumSet.of(SectionName.OUTBOUND), ALL_SCOPES, false);
		// validation
		add(map, "validate-content", inOutError, ALL_SCOPES, false);
		add(map, "validate-parameters", IN, ALL_SCOPES, false);
		add(map, "validate-headers", outError, ALL_SCOPES, false);
		add(map, "validate-status-code", outError, ALL_SCOPES, false);
		add(map, "validate-graphql-request", IN, ALL_SCOPES, false);
		add(map, "validate-odata-request", IN, ALL_SCOPES, false);
		return Collections.unmodifiableMap(map);
	}

	private static void add(Map<String, PolicyInfo> map, String name, Set<SectionName> sections, Set<ScopeKind> scopes,
			boolean container) {
		map.put(name, new PolicyInfo(name, sections, scopes, container,
				"https://learn.microsoft.com/azure/api-management/" + name + "-policy"));
	}

}
