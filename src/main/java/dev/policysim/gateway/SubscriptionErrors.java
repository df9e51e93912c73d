package dev.policysim.gateway;

import dev.policysim.http.HttpHeaders;

/**
 * The subscription check's 401s (gateway.md §4): LastError source {@code authorization}, the
 * bodies captured from real gateways (observed), and for a missing key the
 * {@code WWW-Authenticate} challenge naming the API's key header.
 */
final class SubscriptionErrors {

	static final String MISSING = "Access denied due to missing subscription key. Make sure to include subscription key "
			+ "when making requests to an API.";

	static final String INVALID = "Access denied due to invalid subscription key. Make sure to provide a valid key for "
			+ "an active subscription.";

	private SubscriptionErrors() {
	}

	static GatewayError of(KeyRefusal refusal, PipelineState state) {
		if (refusal == KeyRefusal.INVALID) {
			return new GatewayError(401, "authorization", "SubscriptionKeyInvalid", INVALID, INVALID, HttpHeaders.EMPTY);
		}
		String path = state.api().path();
		String realm = state.url().base() + "/" + (path.startsWith("/") ? path.substring(1) : path);
		String challenge = "AzureApiManagementKey realm=\"" + realm + "\",name=\"" + state.api().keyNames().header()
				+ "\",type=\"header\"";
		return new GatewayError(401, "authorization", "SubscriptionKeyNotFound", MISSING, MISSING, HttpHeaders.EMPTY)
			.withHeader("WWW-Authenticate", challenge);
	}

}
