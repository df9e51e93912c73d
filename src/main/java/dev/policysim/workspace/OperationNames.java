package dev.policysim.workspace;

import java.util.Locale;

/**
 * Operation resource names as API Management makes them on OpenAPI import ("Normalization rules
 * for operationId", learn.microsoft.com/azure/api-management/api-management-api-import-restrictions):
 * lower case, every run of other characters than letters and digits replaced by one dash, dashes
 * trimmed, at most 76 characters. An operation without operationId is named from its method and
 * path the same way ({@code GET /orders/{id}} becomes {@code get-orders-id}), and duplicates get a
 * {@code -1}, {@code -2} suffix.
 */
final class OperationNames {

	private static final int MAX_LENGTH = 76;

	private OperationNames() {
	}

	/**
	 * APIM's resource name for an operationId or a method-and-path text.
	 * @param text e.g. {@code getOrder_v2} or {@code GET-/orders/{id}}
	 * @return e.g. {@code getorder-v2} or {@code get-orders-id}
	 */
	static String normalise(String text) {
		StringBuilder name = new StringBuilder(text.length());
		boolean dash = false;
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (dash && name.length() > 0) {
					name.append('-');
				}
				name.append(c);
				dash = false;
			}
			else {
				dash = true;
			}
		}
		return (name.length() > MAX_LENGTH) ? trimDashes(name.substring(0, MAX_LENGTH)) : name.toString();
	}

	private static String trimDashes(String name) {
		int end = name.length();
		while (end > 0 && name.charAt(end - 1) == '-') {
			end--;
		}
		return name.substring(0, end);
	}

	/**
	 * The name APIM gives an operation that has no operationId.
	 * @param method the HTTP method
	 * @param template the URL template
	 * @return the derived name
	 */
	static String derive(String method, String template) {
		return normalise(method + "-" + template);
	}

	/**
	 * Whether an operation policy folder belongs to an operation: the same name ignoring case, as
	 * APIOps folder names are compared, or the name APIM makes of the operationId on import.
	 * @param folder the folder name under {@code operations/}
	 * @param operationName the operation's name
	 * @return {@code true} when they match
	 */
	static boolean matches(String folder, String operationName) {
		return folder.equalsIgnoreCase(operationName) || folder.equalsIgnoreCase(normalise(operationName));
	}

}
