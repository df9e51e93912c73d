package dev.policysim.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCatalogueTests {

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(textBlock = """
			cors,             INBOUND,  true
			cors,             OUTBOUND, false
			forward-request,  BACKEND,  true
			forward-request,  INBOUND,  false
			set-body,         ON_ERROR, false
			set-status,       ON_ERROR, true
			mock-response,    BACKEND,  false
			cache-store,      OUTBOUND, true
			""")
	void knowsTheSectionsEachPolicyIsAllowedIn(String policy, SectionName section, boolean allowed) {
		assertThat(PolicyCatalogue.lookup(policy)).hasValueSatisfying((info) -> assertThat(info.allowedIn(section)).isEqualTo(allowed));
	}

	@ParameterizedTest(name = "{0} at {1}: {2}")
	@CsvSource(textBlock = """
			rate-limit,       GLOBAL,    false
			rate-limit,       OPERATION, true
			rate-limit-by-key,GLOBAL,    true
			quota,            PRODUCT,   true
			quota,            API,       false
			cross-domain,     GLOBAL,    true
			cross-domain,     API,       false
			cors,             WORKSPACE, true
			""")
	void knowsTheScopesEachPolicyIsAllowedAt(String policy, ScopeKind scope, boolean allowed) {
		assertThat(PolicyCatalogue.lookup(policy)).hasValueSatisfying((info) -> assertThat(info.allowedAt(scope)).isEqualTo(allowed));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "rate-limt", "Cors", "allowed-origins", "base" })
	void doesNotTakeTyposOrPartsForPolicies(String name) {
		assertThat(PolicyCatalogue.lookup(name)).isEmpty();
	}

	@ParameterizedTest(name = "children of {0} are policies: {1}")
	@CsvSource(textBlock = """
			inbound,         true
			on-error,        true
			fragment,        true
			when,            true
			otherwise,       true
			retry,           true
			choose,          false
			cors,            false
			allowed-origins, false
			""")
	void tellsWhichElementsHoldPolicies(String parent, boolean holds) {
		assertThat(PolicyCatalogue.holdsPolicies(parent)).isEqualTo(holds);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "cors", "rate-limit", "include-fragment" })
	void linksEachPolicyToItsReferencePage(String name) {
		assertThat(PolicyCatalogue.lookup(name)).map(PolicyInfo::reference)
			.contains("https://learn.microsoft.com/azure/api-management/" + name + "-policy");
	}

}
