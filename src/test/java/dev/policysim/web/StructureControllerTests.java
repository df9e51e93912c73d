package dev.policysim.web;

import dev.policysim.store.WorkspaceStore;
import dev.policysim.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Products, APIs, operations and membership as forms that edit the APIOps files. */
@WebMvcTest(StructureController.class)
@Import(WebSliceConfiguration.class)
class StructureControllerTests {

	static final String SPEC = """
			openapi: 3.0.1
			info:
			  title: Orders
			  version: '1'
			paths:
			  /orders/{id}:
			    get:
			      operationId: GetOrder
			""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	WorkspaceStore store;

	WorkspaceFiles contoso() {
		return StoredFixtures.files("policy.xml", "<policies/>", "apis/orders/apiInformation.json",
				"{\"properties\": {\"path\": \"orders\", \"serviceUrl\": \"https://backend\"}}", "apis/orders/specification.yaml", SPEC,
				"apis/orders/operations/GetOrder/policy.xml", "<policies/>", "products/starter/productInformation.json",
				"{\"properties\": {\"displayName\": \"Starter\"}}", "products/starter/apis/orders/productApiInformation.json", "{}",
				"subscriptions/s1/subscriptionInformation.json", "{\"properties\": {\"scope\": \"/subscriptions/x/products/starter\"}}",
				"subscriptions/s2/subscriptionInformation.json", "{\"properties\": {\"scope\": \"/products/starterkit\"}}");
	}

	@Test
	void listsProductsAndApisWithTheirOperations() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.get().uri("/w/" + StoredFixtures.EDIT_ID + "/structure")).hasStatusOk()
			.bodyText()
			.contains("data-product=\"starter\"")
			.contains("data-api=\"orders\"")
			.contains("GET /orders/{id}");
	}

	@Test
	void isNotOfferedThroughTheReadOnlyLink() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.get().uri("/v/" + StoredFixtures.VIEW_ID + "/structure")).hasStatus4xxClientError();
		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.VIEW_ID + "/products").param("name", "gold").with(csrf()))
			.hasStatus(404);
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void createsAProductAsItsInformationFile() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products").param("name", "gold")
			.param("displayName", "Gold <tier>")
			.param("state", "published")
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(saved().text("products/gold/productInformation.json")).hasValueSatisfying((json) -> assertThat(json)
			.contains("\"displayName\" : \"Gold <tier>\"")
			.contains("\"subscriptionRequired\" : false")
			.contains("\"state\" : \"published\""));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|Give the product a name.", "'../x'|Use 1 to 80 letters",
			"'<script>'|Use 1 to 80 letters", "starter|There is already a product called starter." })
	void showsWhyAProductNameIsRefusedNextToTheField(String name, String message) {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products").param("name", name)
			.param("state", "published")
			.with(csrf())).hasStatus(422)
			.bodyText()
			.containsPattern("id=\"product-name\"[^>]*>\\s*<p class=\"field-error\">" + java.util.regex.Pattern.quote(message));
		then(this.store).should(never()).save(anyString(), any(), anyString());
	}

	@Test
	void changesAnApisSettingsAndKeepsWhatTheFormDoesNotKnow() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/settings").param("name", "orders")
			.param("path", "/shop/orders")
			.param("headerName", "X-Key")
			.param("queryName", "key")
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(saved().text("apis/orders/apiInformation.json")).hasValueSatisfying((json) -> assertThat(json)
			.contains("\"path\" : \"shop/orders\"")
			.contains("\"header\" : \"X-Key\"")
			.contains("\"subscriptionRequired\" : false")
			.contains("\"serviceUrl\" : \"https://backend\""));
	}

	@Test
	void refusesAKeyHeaderNameWithSpacesNextToTheField() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/settings").param("name", "orders")
			.param("headerName", "X Key: evil")
			.with(csrf())).hasStatus(422).bodyText().contains("A header name holds letters, digits and - only.");
	}

	@Test
	void createsAnApiWithAnEmptySpecification() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis").param("name", "pets").param("path", "pets")
			.param("subscriptionRequired", "true")
			.with(csrf())).hasStatus3xxRedirection();

		WorkspaceFiles files = saved();
		assertThat(files.text("apis/pets/apiInformation.json")).hasValueSatisfying((json) -> assertThat(json)
			.contains("\"subscriptionRequired\" : true")
			.contains("\"header\" : \"Ocp-Apim-Subscription-Key\""));
		assertThat(files.text("apis/pets/specification.json")).hasValueSatisfying((json) -> assertThat(json).contains("\"openapi\""));
	}

	@Test
	void addsAnOperationToAYamlSpecification() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/operations").param("name", "CreateOrder")
			.param("method", "POST")
			.param("urlTemplate", "/orders")
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(saved().text("apis/orders/specification.yaml")).hasValueSatisfying((yaml) -> assertThat(yaml)
			.contains("operationId: CreateOrder")
			.contains("operationId: GetOrder"));
	}

	@Test
	void renamesAnOperationAndMovesItsPolicy() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/operations/GetOrder/rename")
			.param("newName", "ReadOrder")
			.with(csrf())).hasStatus3xxRedirection();

		WorkspaceFiles files = saved();
		assertThat(files.paths()).contains("apis/orders/operations/ReadOrder/policy.xml")
			.doesNotContain("apis/orders/operations/GetOrder/policy.xml");
		assertThat(files.text("apis/orders/specification.yaml")).hasValueSatisfying((yaml) -> assertThat(yaml)
			.contains("operationId: ReadOrder")
			.doesNotContain("GetOrder"));
	}

	@Test
	void deletesAnOperationWithItsPolicy() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/operations/GetOrder/delete").with(csrf()))
			.hasStatus3xxRedirection();

		WorkspaceFiles files = saved();
		assertThat(files.paths()).doesNotContain("apis/orders/operations/GetOrder/policy.xml");
		assertThat(files.text("apis/orders/specification.yaml")).hasValueSatisfying((yaml) -> assertThat(yaml).doesNotContain("GetOrder"));
	}

	@Test
	void renamesAnApiWithItsProductMembership() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/apis/orders/rename").param("newName", "sales")
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(saved().paths()).contains("apis/sales/apiInformation.json", "products/starter/apis/sales/productApiInformation.json")
			.noneMatch((path) -> path.contains("/orders/") || path.startsWith("apis/orders"));
	}

	@Test
	void renamesAProductAndTheSubscriptionsScopedToIt() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products/starter/rename").param("newName", "basic")
			.with(csrf())).hasStatus3xxRedirection();

		WorkspaceFiles files = saved();
		assertThat(files.paths()).contains("products/basic/productInformation.json", "products/basic/apis/orders/productApiInformation.json")
			.noneMatch((path) -> path.startsWith("products/starter/"));
		assertThat(files.text("subscriptions/s1/subscriptionInformation.json"))
			.hasValueSatisfying((json) -> assertThat(json).contains("\"scope\" : \"/subscriptions/x/products/basic\""));
		assertThat(files.text("subscriptions/s2/subscriptionInformation.json")).hasValue("{\"properties\": {\"scope\": \"/products/starterkit\"}}");
	}

	@Test
	void deletesAProductButNotItsApis() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products/starter/delete").with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(saved().paths()).noneMatch((path) -> path.startsWith("products/")).contains("apis/orders/apiInformation.json");
	}

	@Test
	void addsAndRemovesAnApiFromAProduct() {
		StoredFixtures.stored(this.store, "Contoso", contoso().without("products/starter/apis/orders/productApiInformation.json"));

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products/starter/members").param("api", "orders")
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(saved().paths()).contains("products/starter/apis/orders/productApiInformation.json");
	}

	@Test
	void answersAnUnknownProductWithTheNotFoundPage() {
		StoredFixtures.stored(this.store, "Contoso", contoso());

		assertThat(this.mvc.post().uri("/w/" + StoredFixtures.EDIT_ID + "/products/nope/delete").with(csrf())).hasStatus(404)
			.bodyText()
			.contains("The workspace has no product nope.");
	}

	private WorkspaceFiles saved() {
		ArgumentCaptor<WorkspaceFiles> files = ArgumentCaptor.forClass(WorkspaceFiles.class);
		then(this.store).should().save(eq(StoredFixtures.EDIT_ID), files.capture(), anyString());
		return files.getValue();
	}

}
