package dev.policysim.gateway.expression;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An expression context from plain tables, for tests. */
final class TableContext implements ExpressionContext {

	private final Map<ContextProperty, Object> properties = new EnumMap<>(ContextProperty.class);

	private final Map<String, String> headers = new HashMap<>();

	private final Map<String, String> query = new HashMap<>();

	private final Map<String, Object> variables = new HashMap<>();

	TableContext property(ContextProperty property, Object value) {
		this.properties.put(property, value);
		return this;
	}

	TableContext header(String name, String value) {
		this.headers.put(name.toLowerCase(Locale.ROOT), value);
		return this;
	}

	TableContext query(String name, String value) {
		this.query.put(name, value);
		return this;
	}

	TableContext variable(String name, Object value) {
		this.variables.put(name, value);
		return this;
	}

	/** A request as the samples make it: a GET from the portal with a product and a subscription. */
	static TableContext portalRequest() {
		return new TableContext().property(ContextProperty.REQUEST_METHOD, "GET")
			.property(ContextProperty.REQUEST_IP_ADDRESS, "203.0.113.7")
			.property(ContextProperty.REQUEST_URL_PATH, "/orders/42")
			.property(ContextProperty.REQUEST_URL_HOST, "contoso.azure-api.net")
			.property(ContextProperty.SUBSCRIPTION_ID, "portal-starter")
			.property(ContextProperty.SUBSCRIPTION_KEY, "starter-key")
			.property(ContextProperty.SUBSCRIPTION_NAME, "portal-starter")
			.property(ContextProperty.API_ID, "orders")
			.property(ContextProperty.API_NAME, "Orders API")
			.property(ContextProperty.API_PATH, "orders")
			.property(ContextProperty.OPERATION_ID, "get-order")
			.property(ContextProperty.OPERATION_NAME, "get-order")
			.property(ContextProperty.OPERATION_METHOD, "GET")
			.property(ContextProperty.OPERATION_URL_TEMPLATE, "/{orderId}")
			.property(ContextProperty.RESPONSE_STATUS_CODE, 200L)
			.header("Origin", "https://portal.contoso.com")
			.header("X-Version", "  V2  ")
			.query("expand", "lines")
			.variable("tenant", "contoso")
			.variable("retries", 3L)
			.variable("mobile", true);
	}

	@Override
	public Optional<Object> property(ContextProperty property) {
		return Optional.ofNullable(this.properties.get(property));
	}

	@Override
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.get(name.toLowerCase(Locale.ROOT)));
	}

	@Override
	public Optional<String> queryParameter(String name) {
		return Optional.ofNullable(this.query.get(name));
	}

	@Override
	public Optional<Object> variable(String name) {
		return Optional.ofNullable(this.variables.get(name));
	}

}
