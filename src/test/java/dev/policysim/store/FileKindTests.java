package dev.policysim.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file of the APIOps layout (formats.md §1) is stored with its kind and scope. */
class FileKindTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"policy.xml|GLOBAL_POLICY|-",
			"scenario.json|SCENARIO|-",
			"products/starter/productInformation.json|PRODUCT_INFO|starter",
			"products/starter/policy.xml|PRODUCT_POLICY|starter",
			"products/starter/apis/orders/productApiInformation.json|PRODUCT_API|starter",
			"products/starter/apis.json|PRODUCT_API|starter",
			"apis/orders/apiInformation.json|API_INFO|orders",
			"apis/orders/specification.yaml|API_SPEC|orders",
			"apis/orders/specification.json|API_SPEC|orders",
			"apis/orders/policy.xml|API_POLICY|orders",
			"apis/orders/operations/GetOrder/policy.xml|OPERATION_POLICY|orders/GetOrder",
			"policy fragments/cors-common/policy.xml|FRAGMENT|cors-common",
			"named values/portal-origin/namedValueInformation.json|NAMED_VALUE|portal-origin",
			"subscriptions/starter-sub/subscriptionInformation.json|SUBSCRIPTION|starter-sub",
			"README.md|OTHER|-",
			"apis/orders/notes.txt|OTHER|-",
			"apis/orders/operations/GetOrder/notes.txt|OTHER|-",
			"products/policy.xml|OTHER|-" })
	void classifiesEachFileOfTheLayout(String path, FileKind kind, String scope) {
		assertThat(FileKind.of(path)).isEqualTo(kind);
		assertThat(FileKind.scopeName(path).orElse(null)).isEqualTo(scope);
	}

}
