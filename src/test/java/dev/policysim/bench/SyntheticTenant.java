package dev.policysim.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.policysim.workspace.WorkspaceFiles;

/**
 * The synthetic tenant the performance targets are stated for: one global policy, 20 products,
 * 500 APIs with 20 operations each (every operation with its own policy), each API in two
 * products, plus fragments, named values and subscriptions — about 12 500 files in the APIOps
 * layout. Deterministic, so runs can be compared.
 */
public final class SyntheticTenant {

	public static final int PRODUCTS = 20;

	public static final int APIS = 500;

	public static final int OPERATIONS = 20;

	private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH" };

	private SyntheticTenant() {
	}

	/** The tenant's files. */
	public static WorkspaceFiles files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		put(files, "policy.xml", policy("""
				<cors allow-credentials="true" terminate-unmatched-request="false">
				            <allowed-origins><origin>https://portal.contoso.com</origin><origin>{{partner-origin}}</origin></allowed-origins>
				            <allowed-methods preflight-result-max-age="300"><method>*</method></allowed-methods>
				            <allowed-headers><header>*</header></allowed-headers>
				        </cors>""", "<forward-request timeout=\"60\" />"));
		put(files, "policy fragments/correlation/policy.xml", """
				<fragment>
				    <set-header name="x-correlation-id" exists-action="skip"><value>@(context.RequestId.ToString())</value></set-header>
				</fragment>
				""");
		put(files, "named values/partner-origin/namedValueInformation.json",
				"{\"properties\": {\"displayName\": \"partner-origin\", \"value\": \"https://partners.fabrikam.com\", \"secret\": false}}");
		for (int product = 0; product < PRODUCTS; product++) {
			product(files, product);
		}
		for (int api = 0; api < APIS; api++) {
			api(files, api);
		}
		return WorkspaceFiles.of(files);
	}

	/** The name of the i-th API. */
	public static String apiName(int api) {
		return String.format(Locale.ROOT, "api%03d", api);
	}

	/** The name of the i-th product. */
	public static String productName(int product) {
		return String.format(Locale.ROOT, "product%02d", product);
	}

	/** The two products that contain an API. */
	public static int[] productsOf(int api) {
		return new int[] { api % PRODUCTS, (api + 7) % PRODUCTS };
	}

	/** The method of an operation. */
	public static String method(int operation) {
		return METHODS[operation % METHODS.length];
	}

	/** The URL template of an operation, relative to the API path. */
	public static String template(int operation) {
		// GET and POST on the collection, PUT, DELETE and PATCH on an item, so paths group in the spec
		return "/resource" + (operation / METHODS.length) + ((operation % METHODS.length < 2) ? "" : "/{id}");
	}

	/** The operationId of an operation. */
	public static String operationName(int operation) {
		return String.format(Locale.ROOT, "operation%02d", operation);
	}

	private static void product(Map<String, byte[]> files, int product) {
		String name = productName(product);
		put(files, "products/" + name + "/productInformation.json", "{\"properties\": {\"displayName\": \"Product " + product
				+ "\", \"subscriptionRequired\": true, \"state\": \"published\"}}");
		String limit = (product % 2 == 0) ? "<rate-limit calls=\"100\" renewal-period=\"60\" />"
				: "<quota calls=\"10000\" renewal-period=\"3600\" />";
		put(files, "products/" + name + "/policy.xml", policy("<base />\n        " + limit, "<base />"));
		put(files, "subscriptions/" + name + "-sub/subscriptionInformation.json",
				"{\"properties\": {\"scope\": \"/products/" + name + "\", \"state\": \"active\"}}");
	}

	private static void api(Map<String, byte[]> files, int api) {
		String name = apiName(api);
		String folder = "apis/" + name + "/";
		put(files, folder + "apiInformation.json", "{\"properties\": {\"displayName\": \"API " + api + "\", \"path\": \""
				+ name + "\", \"subscriptionRequired\": true}}");
		put(files, folder + "specification.yaml", specification(name));
		put(files, folder + "policy.xml", policy("<base />\n        <include-fragment fragment-id=\"correlation\" />"
				+ "\n        <set-backend-service base-url=\"https://backend.contoso.com/" + name + "\" />", "<base />"));
		for (int operation = 0; operation < OPERATIONS; operation++) {
			put(files, folder + "operations/" + operationName(operation) + "/policy.xml", policy("<base />\n        "
					+ "<set-variable name=\"operation\" value=\"" + operation + "\" />\n        <choose>\n            "
					+ "<when condition=\"@(context.Request.Headers.GetValueOrDefault(\"x-debug\",\"\") == \"on\")\">\n"
					+ "                <set-header name=\"x-debug\" exists-action=\"override\"><value>on</value></set-header>\n"
					+ "            </when>\n        </choose>", "<base />"));
		}
		for (int product : productsOf(api)) {
			put(files, "products/" + productName(product) + "/apis/" + name + "/productApiInformation.json",
					"{\"properties\": {\"apiId\": \"/apis/" + name + "\"}}");
		}
	}

	private static String specification(String api) {
		StringBuilder spec = new StringBuilder("openapi: 3.0.1\ninfo:\n  title: " + api + "\n  version: '1'\npaths:\n");
		String currentPath = "";
		for (int operation = 0; operation < OPERATIONS; operation++) {
			String path = template(operation);
			if (!path.equals(currentPath)) {
				spec.append("  ").append(path).append(":\n");
				currentPath = path;
			}
			spec.append("    ").append(method(operation).toLowerCase(Locale.ROOT)).append(":\n      operationId: ")
				.append(operationName(operation)).append("\n      responses:\n        '200':\n          description: OK\n");
		}
		return spec.toString();
	}

	private static String policy(String inbound, String backend) {
		return "<policies>\n    <inbound>\n        " + inbound + "\n    </inbound>\n    <backend>\n        " + backend
				+ "\n    </backend>\n    <outbound>\n        <base />\n    </outbound>\n    <on-error>\n        <base />\n"
				+ "    </on-error>\n</policies>\n";
	}

	private static void put(Map<String, byte[]> files, String path, String content) {
		files.put(path, content.getBytes(StandardCharsets.UTF_8));
	}

}
