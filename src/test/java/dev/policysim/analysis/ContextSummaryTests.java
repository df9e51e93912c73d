package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.effective.PolicyContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages name the contexts of a finding in a few words. */
class ContextSummaryTests {

	private static PolicyContext context(String api, String operation, String product) {
		return new PolicyContext(api, Optional.ofNullable(operation), Optional.ofNullable(product));
	}

	@Test
	void namesOneOperationAndItsProduct() {
		assertThat(ContextSummary.describe(List.of(context("orders", "get-order", "starter"))))
			.isEqualTo("for API orders, operation get-order under product starter");
	}

	@Test
	void countsOperationsAndListsProductContexts() {
		List<PolicyContext> contexts = List.of(context("orders", "a", null), context("orders", "b", null),
				context("orders", "a", "partners"), context("orders", "b", "unlimited"));

		assertThat(ContextSummary.describe(contexts))
			.isEqualTo("for API orders (2 operations) with no product and under products partners, unlimited");
	}

	@Test
	void shortensManyApisAndProducts() {
		List<PolicyContext> contexts = new ArrayList<>();
		for (int api = 0; api < 5; api++) {
			for (int product = 0; product < 4; product++) {
				contexts.add(context("api" + api, null, "p" + product));
			}
		}

		assertThat(ContextSummary.describe(contexts)).isEqualTo("for API api0 under 4 products; API api1 under 4 products; "
				+ "API api2 under 4 products; and 2 more APIs");
	}

}
