package dev.policysim.gateway.expression;

/**
 * The members of {@code context} the subset reads as plain properties (gateway.md §7). Each names
 * the object that holds it, so a refusal can say "context.Subscription is null".
 */
public enum ContextProperty {

	REQUEST_METHOD("context.Request", "Method"), REQUEST_IP_ADDRESS("context.Request", "IpAddress"),
	REQUEST_URL_PATH("context.Request.Url", "Path"), REQUEST_URL_HOST("context.Request.Url", "Host"),
	SUBSCRIPTION_ID("context.Subscription", "Id"), SUBSCRIPTION_KEY("context.Subscription", "Key"),
	SUBSCRIPTION_NAME("context.Subscription", "Name"), PRODUCT_ID("context.Product", "Id"),
	PRODUCT_NAME("context.Product", "Name"), API_ID("context.Api", "Id"), API_NAME("context.Api", "Name"),
	API_PATH("context.Api", "Path"), OPERATION_ID("context.Operation", "Id"), OPERATION_NAME("context.Operation", "Name"),
	OPERATION_METHOD("context.Operation", "Method"), OPERATION_URL_TEMPLATE("context.Operation", "UrlTemplate"),
	RESPONSE_STATUS_CODE("context.Response", "StatusCode"), LAST_ERROR_SOURCE("context.LastError", "Source"),
	LAST_ERROR_REASON("context.LastError", "Reason"), LAST_ERROR_MESSAGE("context.LastError", "Message");

	private final String owner;

	private final String member;

	ContextProperty(String owner, String member) {
		this.owner = owner;
		this.member = member;
	}

	/** The object that holds the property, e.g. {@code context.Subscription}. */
	public String owner() {
		return this.owner;
	}

	/** The full path as written in policies, e.g. {@code context.Subscription.Key}. */
	public String path() {
		return this.owner + "." + this.member;
	}

}
