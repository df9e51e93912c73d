package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyReadException;
import dev.policysim.policy.PolicyXmlReader;
import dev.policysim.policy.Position;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.KeyNames;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;
import dev.policysim.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * Small workspaces for gateway tests, written as policy XML in the APIOps layout. The Orders API
 * ({@code orders}, path {@code orders}) has {@code list-orders} GET /, {@code create-order} POST /,
 * {@code get-order} GET /{orderId} and {@code cancel-order} DELETE /{orderId}; the global policy
 * forwards to the backend unless a test says otherwise.
 */
final class GatewayFixture {

	static final String FORWARD = "<policies><inbound /><backend><forward-request /></backend><outbound /><on-error /></policies>";

	private static final PolicyXmlReader READER = new PolicyXmlReader();

	private Optional<PolicyDocument> global = Optional.of(document("policy.xml", FORWARD));

	private final List<Api> apis = new ArrayList<>();

	private final List<Product> products = new ArrayList<>();

	private final List<Subscription> subscriptions = new ArrayList<>();

	private final List<Fragment> fragments = new ArrayList<>();

	/** A workspace whose Orders API needs no key and has this API-scope policy. */
	static GatewayFixture orders(String apiPolicy) {
		return new GatewayFixture().ordersApi(false, KeyNames.DEFAULTS, apiPolicy);
	}

	/** Policies whose inbound holds the given elements after {@code <base />}, other sections only {@code <base />}. */
	static String inbound(String elements) {
		return "<policies><inbound><base />" + elements + "</inbound><backend><base /></backend>"
				+ "<outbound><base /></outbound><on-error><base /></on-error></policies>";
	}

	/** Policies with the given sections' contents, each after {@code <base />}. */
	static String sections(String inbound, String outbound, String onError) {
		return "<policies><inbound><base />" + inbound + "</inbound><backend><base /></backend><outbound><base />" + outbound
				+ "</outbound><on-error><base />" + onError + "</on-error></policies>";
	}

	GatewayFixture global(@Nullable String xml) {
		this.global = Optional.ofNullable(xml).map((text) -> document("policy.xml", text));
		return this;
	}

	GatewayFixture ordersApi(boolean subscriptionRequired, KeyNames keyNames, @Nullable String xml,
			Operation... extraOperations) {
		List<Operation> operations = new ArrayList<>(List.of(operation("list-orders", "GET", "/"),
				operation("create-order", "POST", "/"), operation("get-order", "GET", "/{orderId}"),
				operation("cancel-order", "DELETE", "/{orderId}")));
		operations.addAll(List.of(extraOperations));
		return api("orders", "orders", subscriptionRequired, keyNames, xml, operations);
	}

	/** An API; one of the same name is replaced. */
	GatewayFixture api(String name, String path, boolean subscriptionRequired, KeyNames keyNames, @Nullable String xml,
			List<Operation> operations) {
		this.apis.removeIf((api) -> api.name().equals(name));
		this.apis.add(new Api(name, name + " API", path, subscriptionRequired, keyNames,
				Optional.of("https://" + name + ".backend.test/api"),
				Optional.ofNullable(xml).map((text) -> document("apis/" + name + "/policy.xml", text)), operations));
		return this;
	}

	static Operation operation(String name, String method, String template) {
		return new Operation(name, method, template, Optional.empty(), Optional.empty(), Position.START);
	}

	static Operation operation(String name, String method, String template, String api, String xml) {
		return new Operation(name, method, template,
				Optional.of(document("apis/" + api + "/operations/" + name + "/policy.xml", xml)), Optional.empty(),
				Position.START);
	}

	/** A product; one of the same name is replaced. */
	GatewayFixture product(String name, boolean subscriptionRequired, @Nullable String xml, String... apiNames) {
		this.products.removeIf((product) -> product.name().equals(name));
		this.products.add(new Product(name, name, subscriptionRequired, "published",
				Optional.ofNullable(xml).map((text) -> document("products/" + name + "/policy.xml", text)),
				Set.of(apiNames)));
		return this;
	}

	GatewayFixture subscription(String name, String scope, String key) {
		return subscription(name, scope, key, true);
	}

	GatewayFixture subscription(String name, String scope, String key, boolean active) {
		this.subscriptions.add(new Subscription(name, SubscriptionScope.parse(scope).orElseThrow(), active, Optional.of(key)));
		return this;
	}

	GatewayFixture fragment(String name, String xml) {
		this.fragments.add(new Fragment(name, document("policy fragments/" + name + "/policy.xml", xml)));
		return this;
	}

	Workspace build() {
		return new Workspace(this.global, this.products, this.apis, this.fragments, List.of(), this.subscriptions,
				List.of());
	}

	Gateway gateway() {
		return gateway(GatewayProfile.DEFAULT);
	}

	Gateway gateway(GatewayProfile profile) {
		return new Gateway(build(), profile, Map.of());
	}

	Gateway gateway(Map<String, String> assumedExpressions) {
		return new Gateway(build(), GatewayProfile.DEFAULT, assumedExpressions);
	}

	private static PolicyDocument document(String file, String xml) {
		try {
			return READER.read(file, xml);
		}
		catch (PolicyReadException ex) {
			throw new IllegalArgumentException("test policy " + file + " does not read", ex);
		}
	}

}
