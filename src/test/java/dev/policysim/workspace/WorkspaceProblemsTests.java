package dev.policysim.workspace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of malformed file in a workspace: each is reported with its path, line and column, and
 * everything the file does not own loads exactly as before.
 */
class WorkspaceProblemsTests {

	private static final WorkspaceReader READER = new WorkspaceReader();

	private static final WorkspaceFiles CONTOSO = TestWorkspaces.contosoFiles();

	private static final Workspace BEFORE = READER.read(CONTOSO);

	record Case(String description, String path, String content, LoadProblem.Kind kind, int line, int column,
			String message) {

		@Override
		public String toString() {
			return this.description;
		}

	}

	static Stream<Case> malformedFiles() {
		return Stream.of(
				new Case("JSON syntax error in apiInformation.json", "apis/orders/apiInformation.json", """
						{
						  "properties": {
						    "path": "orders"
						    "displayName": "Orders"
						  }
						}
						""", LoadProblem.Kind.FILE_INVALID, 4, 5, "Not valid JSON: Unexpected character"),
				new Case("wrong type in apiInformation.json", "apis/orders/apiInformation.json", """
						{
						  "properties": {
						    "subscriptionRequired": "yes"
						  }
						}
						""", LoadProblem.Kind.FILE_INVALID, 3, 5, "\"subscriptionRequired\" should be true or false"),
				new Case("JSON list instead of an object", "apis/orders/apiInformation.json", "[1, 2]",
						LoadProblem.Kind.FILE_INVALID, 1, 1, "Expected a JSON object"),
				new Case("empty information file", "products/starter/productInformation.json", "",
						LoadProblem.Kind.FILE_INVALID, 1, 1, "The file is empty"),
				new Case("truncated productInformation.json", "products/starter/productInformation.json",
						"{\n  \"properties\": {\n    \"displayName\": \"Sta",
						LoadProblem.Kind.FILE_INVALID, 3, 24, "Not valid JSON"),
				new Case("YAML syntax error in a specification", "apis/orders/specification.yaml", """
						openapi: 3.0.1
						info:
						  title: Orders
						   version: '1.0'
						paths: {}
						""", LoadProblem.Kind.FILE_INVALID, 4, 11, "Not valid YAML or JSON: mapping values are not allowed here"),
				new Case("JSON syntax error in a specification", "apis/pets/specification.json", """
						{
						  "openapi": "3.0.1",
						  "paths": { "/a": { "get": { "operationId": "a" "responses": {} } } }
						}
						""", LoadProblem.Kind.FILE_INVALID, 3, 50, "Not valid YAML or JSON"),
				new Case("YAML that is not OpenAPI", "apis/orders/specification.yaml", "hello: world\n",
						LoadProblem.Kind.FILE_INVALID, 1, 1, "neither \"openapi\" nor \"swagger\""),
				new Case("operation of the wrong type", "apis/orders/specification.yaml", """
						openapi: 3.0.1
						info: { title: Orders, version: '1.0' }
						paths:
						  /a:
						    get: 5
						""", LoadProblem.Kind.FILE_INVALID, 1, 1, "An operation could not be read"),
				new Case("Swagger 2 operation of the wrong type", "apis/legacy/specification.yaml", """
						swagger: '2.0'
						info: { title: Legacy, version: '1.0' }
						paths:
						  /items:
						    get: [1, 2]
						""", LoadProblem.Kind.FILE_INVALID, 1, 1, "An operation could not be read"),
				new Case("operationId used twice", "apis/orders/specification.yaml", """
						openapi: 3.0.1
						info: { title: Orders, version: '1.0' }
						paths:
						  /a:
						    get:
						      operationId: getOrder
						      responses: { '200': { description: OK } }
						  /b:
						    get:
						      operationId: GetOrder
						      responses: { '200': { description: OK } }
						""", LoadProblem.Kind.FILE_INVALID, 10, 7, "is used twice"),
				new Case("a second specification file", "apis/orders/specification.json", "{}",
						LoadProblem.Kind.FILE_INVALID, 1, 1, "apis/orders/specification.yaml, which is read instead"),
				new Case("membership list entry of the wrong kind", "products/unlimited/apis.json", """
						[
						  "orders",
						  42,
						  { "name": "pets" }
						]
						""", LoadProblem.Kind.FILE_INVALID, 3, 3, "Expected an API name or an object with a \"name\""),
				new Case("membership list that is not a list", "products/unlimited/apis.json", "{\"apis\": []}",
						LoadProblem.Kind.FILE_INVALID, 1, 1, "Expected a JSON list of API names"),
				new Case("membership naming an unknown API", "products/unlimited/apis.json", """
						["orders", "pets", "nowhere"]
						""", LoadProblem.Kind.ORPHAN, 1, 20, "\"nowhere\", which the workspace does not hold"),
				new Case("malformed productApiInformation.json", "products/starter/apis/orders/productApiInformation.json",
						"{", LoadProblem.Kind.FILE_INVALID, 1, 2, "Not valid JSON"),
				new Case("named value with a broken file", "named values/portal-origin/namedValueInformation.json",
						"{\"properties\": {\"value\": }}", LoadProblem.Kind.FILE_INVALID, 1, 26, "Not valid JSON"),
				new Case("unclosed element in the global policy", "policy.xml", """
						<policies>
							<inbound>
								<cors>
							</inbound>
						</policies>
						""", LoadProblem.Kind.XML_INVALID, 4, 4, "\"cors\" must be terminated"),
				new Case("fragment root in a product's policy file", "products/starter/policy.xml", """
						<fragment>
							<rate-limit calls="5" renewal-period="60" />
						</fragment>
						""", LoadProblem.Kind.XML_INVALID, 1, 1, "must have a <policies> root, not <fragment>"),
				new Case("policies root in a policy fragment", "policy fragments/cors-common/policy.xml", """
						<policies>
							<inbound><base /></inbound>
						</policies>
						""", LoadProblem.Kind.XML_INVALID, 1, 1, "must have a <fragment> root holding policies, not <policies>"),
				new Case("broken operation policy", "apis/orders/operations/GetOrder/policy.xml", """
						<policies>
							<inbound>
								<set-header name="a" exists-action="override"><value>x</value></set-header
							</inbound>
						</policies>
						""", LoadProblem.Kind.XML_INVALID, 4, 2, "\"set-header\" must end with a '>'"),
				new Case("subscription with an unknown scope", "subscriptions/starter-sub/subscriptionInformation.json", """
						{
						  "properties": {
						    "scope": "/nowhere/starter"
						  }
						}
						""", LoadProblem.Kind.FILE_INVALID, 3, 5, "is not /products/<product>, /apis/<api> or /apis"),
				new Case("subscription without a scope", "subscriptions/starter-sub/subscriptionInformation.json",
						"{\"properties\": {\"state\": \"active\"}}", LoadProblem.Kind.FILE_INVALID, 1, 1,
						"has no \"scope\""),
				new Case("subscription for a product the workspace lacks",
						"subscriptions/starter-sub/subscriptionInformation.json", """
								{
								  "properties": { "scope": "/products/gold", "state": "active" }
								}
								""", LoadProblem.Kind.ORPHAN, 2, 19, "/products/gold names something the workspace does not hold"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedFiles")
	void reportsAMalformedFileWhereItIsAndLoadsTheRest(Case bad) {
		Workspace after = READER.read(CONTOSO.with(bad.path(), TestWorkspaces.utf8(bad.content())));
		assertThat(after.problems()).filteredOn((problem) -> problem.file().equals(bad.path()))
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.kind()).isEqualTo(bad.kind());
				assertThat(problem.position()).isEqualTo(new Position(bad.line(), bad.column()));
				assertThat(problem.message()).contains(bad.message());
			});
		assertUntouchedPartsLoadAsBefore(after, owner(bad.path()));
	}

	/** The folder that owns a file, e.g. {@code apis/orders}: only what it holds may change. */
	static String owner(String path) {
		String[] segments = path.split("/");
		return (segments.length < 2) ? path : segments[0] + "/" + segments[1];
	}

	static void assertUntouchedPartsLoadAsBefore(Workspace after, String owner) {
		if (!owner.equals("policy.xml")) {
			assertThat(after.global()).isEqualTo(BEFORE.global());
		}
		assertSameOutside(BEFORE.apis(), after.apis(), (api) -> "apis/" + api.name(), owner);
		assertSameOutside(BEFORE.products(), after.products(), (product) -> "products/" + product.name(), owner);
		assertSameOutside(BEFORE.fragments(), after.fragments(), (fragment) -> "policy fragments/" + fragment.name(),
				owner);
		assertSameOutside(BEFORE.namedValues(), after.namedValues(), (value) -> "named values/" + value.name(), owner);
		assertSameOutside(BEFORE.subscriptions(), after.subscriptions(),
				(subscription) -> "subscriptions/" + subscription.name(), owner);
		assertThat(after.problems()).filteredOn((problem) -> !problem.file().startsWith(owner))
			.containsExactlyElementsOf(BEFORE.problems()
				.stream()
				.filter((problem) -> !problem.file().startsWith(owner))
				.toList());
	}

	private static <T> void assertSameOutside(List<T> before, List<T> after, Function<T, String> folder, String owner) {
		List<T> untouched = before.stream().filter((item) -> !folder.apply(item).equals(owner)).toList();
		assertThat(after).containsAll(untouched);
		Optional<T> touched = before.stream().filter((item) -> folder.apply(item).equals(owner)).findFirst();
		touched.ifPresent((item) -> assertThat(after.size()).isBetween(before.size() - 1, before.size()));
		if (touched.isEmpty()) {
			assertThat(after).hasSameSizeAs(before);
		}
	}

	private static Workspace readWith(String path, String content) {
		return READER.read(CONTOSO.with(path, TestWorkspaces.utf8(content)));
	}

	@Test
	void keepsAnApiWithDefaultsAndItsOperationsWhenItsInformationIsUnreadable() {
		Api orders = readWith("apis/orders/apiInformation.json", "{ not json").api("orders").orElseThrow();
		assertThat(orders.path()).isEqualTo("orders");
		assertThat(orders.displayName()).isEqualTo("orders");
		assertThat(orders.keyNames()).isEqualTo(KeyNames.DEFAULTS);
		assertThat(orders.operations()).isEqualTo(BEFORE.api("orders").orElseThrow().operations());
		assertThat(orders.policy()).isEqualTo(BEFORE.api("orders").orElseThrow().policy());
	}

	@Test
	void keepsOperationPolicyFoldersWithoutOrphanReportsWhenTheSpecificationIsUnreadable() {
		Workspace after = readWith("apis/orders/specification.yaml", "openapi: [");
		Api orders = after.api("orders").orElseThrow();
		assertThat(orders.operations()).extracting(Operation::name).containsExactly("GetOrder", "ghost");
		assertThat(orders.operation("getorder").orElseThrow().policy()).map(PolicyDocument::file)
			.contains("apis/orders/operations/GetOrder/policy.xml");
		assertThat(after.problems()).extracting(LoadProblem::kind).containsExactly(LoadProblem.Kind.FILE_INVALID);
	}

	@Test
	void keepsAnOperationWhosePolicyIsBroken() {
		Workspace after = readWith("apis/orders/operations/GetOrder/policy.xml", "<policies>");
		Operation getOrder = after.api("orders").orElseThrow().operation("getOrder").orElseThrow();
		assertThat(getOrder.policy()).isEmpty();
		assertThat(getOrder.method()).isEqualTo("GET");
		assertThat(getOrder.urlTemplate()).isEqualTo("/{id}");
	}

	@Test
	void keepsANamedValueUnderItsFolderNameWhenItsFileIsBroken() {
		Workspace after = readWith("named values/portal-origin/namedValueInformation.json", "{");
		assertThat(after.namedValue("portal-origin")).map(NamedValue::value).contains(Optional.empty());
	}

	@Test
	void keepsTheOtherMembersAndUnknownOnesOfAProduct() {
		Product unlimited = readWith("products/unlimited/apis.json", "[\"orders\", 42, {\"name\": \"gone\"}]")
			.product("unlimited")
			.orElseThrow();
		assertThat(unlimited.apis()).containsExactly("gone", "orders");
	}

	@Test
	void keepsASubscriptionWhoseProductIsMissing() {
		Workspace after = readWith("subscriptions/starter-sub/subscriptionInformation.json",
				"{\"properties\": {\"scope\": \"/products/gold\", \"state\": \"Active\"}}");
		assertThat(after.subscriptions()).contains(new Subscription("starter-sub",
				SubscriptionScope.parse("/products/gold").orElseThrow(), true, Optional.empty()));
	}

	@Test
	void acceptsFullResourceIdsAsSubscriptionScopes() {
		Workspace after = readWith("subscriptions/starter-sub/subscriptionInformation.json", """
				{"properties": {"scope": "/subscriptions/1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso/products/starter"}}
				""");
		assertThat(after.subscriptions()).contains(new Subscription("starter-sub",
				SubscriptionScope.parse("/products/starter").orElseThrow(), true, Optional.empty()));
		assertThat(after.problems()).isEqualTo(BEFORE.problems());
	}

}
