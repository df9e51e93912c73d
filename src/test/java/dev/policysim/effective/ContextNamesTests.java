package dev.policysim.effective;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.policysim.effective.WorkspaceFixture.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A context naming what the workspace does not have is refused with the valid names. */
class ContextNamesTests {

	private final EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();

	private final Workspace workspace = new WorkspaceFixture().product("starter", null, "orders")
		.product("unlimited", null, "orders")
		.product("internal", null, "billing")
		.api("billing", null)
		.api("orders", section("base"))
		.operation("orders", "get-order", null)
		.operation("orders", "list-orders", null)
		.build();

	@ParameterizedTest(name = "{4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			shipping | -          | -        | API       | unknown API 'shipping'; the workspace's APIs are: billing, orders                            | billing, orders
			orders   | delete-all | -        | OPERATION | API 'orders' has no operation 'delete-all'; its operations are: get-order, list-orders        | get-order, list-orders
			billing  | get-bill   | -        | OPERATION | API 'billing' has no operation 'get-bill'; it has no operations                             | none
			orders   | -          | gold     | PRODUCT   | unknown product 'gold'; the products containing API 'orders' are: starter, unlimited        | starter, unlimited
			orders   | get-order  | internal | PRODUCT   | product 'internal' does not contain API 'orders'; the products containing API 'orders' are: starter, unlimited | starter, unlimited
			""")
	void refusesUnknownNamesListingTheValidOnes(String api, String operation, String product,
			UnknownNameException.Kind kind, String message, String valid) {
		assertThatExceptionOfType(UnknownNameException.class)
			.isThrownBy(() -> this.calculator.context(this.workspace, api, Optional.ofNullable(operation),
					Optional.ofNullable(product)))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(kind);
				assertThat(ex.getMessage()).isEqualTo(message);
				assertThat(ex.validNames()).containsExactlyElementsOf(
						valid.equals("none") ? List.of() : Arrays.stream(valid.split(",")).map(String::strip).toList());
			});
	}

	@Test
	void refusesUnknownNamesWhenCalculatingToo() {
		assertThatExceptionOfType(UnknownNameException.class).isThrownBy(() -> this.calculator.calculate(this.workspace,
				new PolicyContext("orders", Optional.empty(), Optional.of("internal"))));
	}

	@Test
	void saysSoWhenTheApiIsInNoProduct() {
		Workspace alone = new WorkspaceFixture().api("orders", null).build();

		assertThatExceptionOfType(UnknownNameException.class)
			.isThrownBy(() -> this.calculator.context(alone, "orders", Optional.empty(), Optional.of("starter")))
			.withMessage("unknown product 'starter'; API 'orders' is in no product");
	}

	@Test
	void saysSoWhenTheWorkspaceHasNoApis() {
		assertThatExceptionOfType(UnknownNameException.class)
			.isThrownBy(() -> this.calculator.context(Workspace.EMPTY, "orders", Optional.empty(), Optional.empty()))
			.withMessage("unknown API 'orders'; the workspace has no APIs");
	}

	@Test
	void acceptsOperationNamesInAnyCaseAndSpellsThemAsTheWorkspaceDoes() {
		PolicyContext context = this.calculator.context(this.workspace, "orders", Optional.of("GET-ORDER"),
				Optional.of("starter"));

		assertThat(context).isEqualTo(new PolicyContext("orders", Optional.of("get-order"), Optional.of("starter")));
	}

}
