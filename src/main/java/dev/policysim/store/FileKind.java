package dev.policysim.store;

import java.util.Optional;

/**
 * What a file of a workspace is in the APIOps layout (formats.md §1), stored beside each file of a
 * revision so the scopes of an old revision can be listed without reading its contents.
 */
public enum FileKind {

	GLOBAL_POLICY, PRODUCT_INFO, PRODUCT_POLICY, PRODUCT_API, API_INFO, API_SPEC, API_POLICY, OPERATION_POLICY,
	FRAGMENT, NAMED_VALUE, SUBSCRIPTION, SCENARIO, OTHER;

	/**
	 * The kind of a file, by its path.
	 * @param path a path relative to the workspace root, with {@code /} separators
	 * @return the kind; {@link #OTHER} for files the layout does not name
	 */
	public static FileKind of(String path) {
		String[] parts = path.split("/", -1);
		return switch (parts.length) {
			case 1 -> topLevel(parts[0]);
			case 3 -> inScopeFolder(parts[0], parts[2]);
			case 5 -> fiveDeep(parts);
			default -> OTHER;
		};
	}

	/**
	 * The scope a file belongs to: the product, API, fragment, named value or subscription name;
	 * {@code api/operation} for an operation's policy.
	 * @param path a path relative to the workspace root
	 * @return the scope name; empty for global and unnamed files
	 */
	public static Optional<String> scopeName(String path) {
		String[] parts = path.split("/", -1);
		FileKind kind = of(path);
		return switch (kind) {
			case GLOBAL_POLICY, SCENARIO, OTHER -> Optional.empty();
			case OPERATION_POLICY -> Optional.of(parts[1] + "/" + parts[3]);
			default -> Optional.of(parts[1]);
		};
	}

	private static FileKind topLevel(String name) {
		return switch (name) {
			case "policy.xml" -> GLOBAL_POLICY;
			case "scenario.json" -> SCENARIO;
			default -> OTHER;
		};
	}

	private static FileKind inScopeFolder(String folder, String file) {
		return switch (folder + "|" + file) {
			case "products|productInformation.json" -> PRODUCT_INFO;
			case "products|policy.xml" -> PRODUCT_POLICY;
			case "products|apis.json" -> PRODUCT_API;
			case "apis|apiInformation.json" -> API_INFO;
			case "apis|specification.yaml", "apis|specification.yml", "apis|specification.json" -> API_SPEC;
			case "apis|policy.xml" -> API_POLICY;
			case "policy fragments|policy.xml" -> FRAGMENT;
			case "named values|namedValueInformation.json" -> NAMED_VALUE;
			case "subscriptions|subscriptionInformation.json" -> SUBSCRIPTION;
			default -> OTHER;
		};
	}

	private static FileKind fiveDeep(String[] parts) {
		if (parts[0].equals("products") && parts[2].equals("apis") && parts[4].equals("productApiInformation.json")) {
			return PRODUCT_API;
		}
		if (parts[0].equals("apis") && parts[2].equals("operations") && parts[4].equals("policy.xml")) {
			return OPERATION_POLICY;
		}
		return OTHER;
	}

}
