package dev.policysim.gateway;

import dev.policysim.gateway.expression.ContextProperty;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code context} properties of the expression subset from a request's state.
 * {@code context.Api.Id} and {@code context.Operation.Id} are the resource names (as APIOps
 * folders name them), {@code Name} the display names; an operation has no display name in the
 * workspace, so its name is its id.
 */
final class ContextProperties {

	private ContextProperties() {
	}

	/**
	 * One property.
	 * @param state the request's state
	 * @param property which property
	 * @return the value; {@code null} when the object holding it is absent for this request
	 */
	static @Nullable Object read(PipelineState state, ContextProperty property) {
		return switch (property) {
			case REQUEST_METHOD -> state.request().method();
			case REQUEST_IP_ADDRESS -> state.incoming().clientIp();
			case REQUEST_URL_PATH -> state.url().path();
			case REQUEST_URL_HOST -> state.url().host();
			case API_ID -> state.api().name();
			case API_NAME -> state.api().displayName();
			case API_PATH -> state.api().path();
			case RESPONSE_STATUS_CODE -> (long) state.response().status();
			case SUBSCRIPTION_ID, SUBSCRIPTION_KEY, SUBSCRIPTION_NAME ->
				state.subscription().map((subscription) -> subscription(subscription, property)).orElse(null);
			case PRODUCT_ID, PRODUCT_NAME -> state.product().map((product) -> product(product, property)).orElse(null);
			case OPERATION_ID, OPERATION_NAME, OPERATION_METHOD, OPERATION_URL_TEMPLATE ->
				state.operation().map((operation) -> operation(operation, property)).orElse(null);
			case LAST_ERROR_SOURCE, LAST_ERROR_REASON, LAST_ERROR_MESSAGE ->
				state.failure().map((failure) -> switch (property) {
					case LAST_ERROR_SOURCE -> failure.source();
					case LAST_ERROR_REASON -> failure.reason();
					default -> failure.message();
				}).orElse(null);
		};
	}

	private static String subscription(Subscription subscription, ContextProperty property) {
		return switch (property) {
			case SUBSCRIPTION_KEY -> subscription.key().orElse("");
			default -> subscription.name();
		};
	}

	private static String product(Product product, ContextProperty property) {
		return (property == ContextProperty.PRODUCT_NAME) ? product.displayName() : product.name();
	}

	private static String operation(Operation operation, ContextProperty property) {
		return switch (property) {
			case OPERATION_METHOD -> operation.method();
			case OPERATION_URL_TEMPLATE -> operation.urlTemplate();
			default -> operation.name();
		};
	}

}
