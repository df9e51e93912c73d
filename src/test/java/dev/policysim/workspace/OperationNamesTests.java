package dev.policysim.workspace;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.policysim.policy.PolicyDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OperationNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "GET-/foo/{bar}?buzz={quix} | get-foo-bar-buzz-quix", "getOrder_v2 | getorder-v2",
			"--Get  Orders-- | get-orders", "GET-/ | get" })
	void normalisesAsApimDoesOnImport(String text, String name) {
		assertThat(OperationNames.normalise(text)).isEqualTo(name);
	}

	@Test
	void truncatesToSeventySixCharacters() {
		String name = OperationNames.normalise("get-/" + "segment/".repeat(20));
		assertThat(name).hasSizeLessThanOrEqualTo(76).startsWith("get-segment-segment").doesNotEndWith("-");
	}

	@Test
	void derivesDistinctNamesForOperationsWithoutOperationId() {
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("apis/shop/specification.yaml", TestWorkspaces.utf8("""
				openapi: 3.0.1
				info: { title: Shop, version: '1.0' }
				paths:
				  /orders/{id}:
				    get:
				      responses: { '200': { description: OK } }
				  /orders/{ID}:
				    get:
				      responses: { '200': { description: OK } }
				"""), "apis/shop/operations/get-orders-id-1/policy.xml", WorkspaceReaderTests.policy()));
		Api shop = new WorkspaceReader().read(files).api("shop").orElseThrow();
		assertThat(shop.operations()).extracting(Operation::name, Operation::urlTemplate)
			.containsExactly(tuple("get-orders-id", "/orders/{id}"), tuple("get-orders-id-1", "/orders/{ID}"));
		assertThat(shop.operation("get-orders-id-1").orElseThrow().policy()).map(PolicyDocument::file)
			.contains("apis/shop/operations/get-orders-id-1/policy.xml");
	}

	@Test
	void matchesAPolicyFolderNamedAsApimNormalisesTheOperationId() {
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("apis/shop/specification.yaml", TestWorkspaces.utf8("""
				openapi: 3.0.1
				info: { title: Shop, version: '1.0' }
				paths:
				  /orders:
				    post:
				      operationId: 'createOrder_v2'
				      responses: { '201': { description: Created } }
				"""), "apis/shop/operations/createorder-v2/policy.xml", WorkspaceReaderTests.policy()));
		Workspace workspace = new WorkspaceReader().read(files);
		Operation create = workspace.api("shop").orElseThrow().operation("createOrder_v2").orElseThrow();
		assertThat(create.policy()).isPresent();
		assertThat(create.specPosition()).hasToString("6:7");
		assertThat(workspace.problems()).isEmpty();
	}

}
