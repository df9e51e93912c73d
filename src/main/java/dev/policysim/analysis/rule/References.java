package dev.policysim.analysis.rule;

/** Microsoft's pages (and the browser's) that the rules cite, each in one place. */
final class References {

	static final String LEARN = "https://learn.microsoft.com/azure/api-management/";

	static final String POLICIES = LEARN + "api-management-howto-policies";

	static final String SET_EDIT = LEARN + "set-edit-policies";

	static final String REFERENCE = LEARN + "api-management-policies";

	static final String CORS = LEARN + "cors-policy";

	static final String CORS_PORTAL = LEARN + "enable-cors-developer-portal";

	static final String ERRORS = LEARN + "api-management-error-handling-policies";

	static final String SUBSCRIPTIONS = LEARN + "api-management-subscriptions";

	static final String FRAGMENTS = LEARN + "policy-fragments";

	static final String INCLUDE_FRAGMENT = LEARN + "include-fragment-policy";

	static final String NAMED_VALUES = LEARN + "api-management-howto-properties";

	static final String RATE_LIMIT = LEARN + "rate-limit-policy";

	static final String QUOTA = LEARN + "quota-policy";

	static final String RATE_LIMIT_BY_KEY = LEARN + "rate-limit-by-key-policy";

	static final String VALIDATE_JWT = LEARN + "validate-jwt-policy";

	static final String CHECK_HEADER = LEARN + "check-header-policy";

	static final String APIOPS = "https://learn.microsoft.com/azure/architecture/example-scenario/devops/"
			+ "automated-api-deployments-apiops";

	static final String MDN_CREDENTIALS = "https://developer.mozilla.org/docs/Web/HTTP/CORS/Errors/CORSNotSupportingCredentials";

	static final String MDN_MAX_AGE = "https://developer.mozilla.org/docs/Web/HTTP/Headers/Access-Control-Max-Age";

	static final String FETCH_CORS = "https://fetch.spec.whatwg.org/#http-cors-protocol";

	private References() {
	}

}
