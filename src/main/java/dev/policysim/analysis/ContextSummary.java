package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.effective.PolicyContext;

/**
 * Describes many contexts in a few words for a finding's message: "for API orders (4 operations)
 * with no product and under product starter". The full list stays in {@link Finding#contexts()}.
 */
final class ContextSummary {

	private static final int MAX_NAMED = 3;

	private ContextSummary() {
	}

	/**
	 * A phrase starting with "for", naming the APIs, operations and products involved.
	 * @param contexts the contexts, in workspace order
	 * @return the phrase; {@code "for no context"} when there are none
	 */
	static String describe(List<PolicyContext> contexts) {
		if (contexts.isEmpty()) {
			return "for no context";
		}
		Map<String, List<PolicyContext>> byApi = new LinkedHashMap<>();
		contexts.forEach((context) -> byApi.computeIfAbsent(context.api(), (api) -> new ArrayList<>()).add(context));
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, List<PolicyContext>> api : byApi.entrySet()) {
			if (parts.size() == MAX_NAMED) {
				parts.add("and " + (byApi.size() - MAX_NAMED) + " more APIs");
				break;
			}
			parts.add(api(api.getKey(), api.getValue()));
		}
		return "for " + String.join("; ", parts);
	}

	private static String api(String api, List<PolicyContext> contexts) {
		Set<String> operations = new LinkedHashSet<>();
		Set<Optional<String>> products = new LinkedHashSet<>();
		for (PolicyContext context : contexts) {
			context.operation().ifPresent(operations::add);
			products.add(context.product());
		}
		StringBuilder text = new StringBuilder("API ").append(api);
		if (operations.size() == 1) {
			text.append(", operation ").append(operations.iterator().next());
		}
		else if (operations.size() > 1) {
			text.append(" (").append(operations.size()).append(" operations)");
		}
		return text.append(' ').append(products(products)).toString();
	}

	private static String products(Set<Optional<String>> products) {
		List<String> named = products.stream().flatMap(Optional::stream).toList();
		List<String> parts = new ArrayList<>(2);
		if (products.contains(Optional.<String>empty())) {
			parts.add("with no product");
		}
		if (named.size() == 1) {
			parts.add("under product " + named.get(0));
		}
		else if (named.size() > 1 && named.size() <= MAX_NAMED) {
			parts.add("under products " + String.join(", ", named));
		}
		else if (named.size() > MAX_NAMED) {
			parts.add("under " + named.size() + " products");
		}
		return String.join(" and ", parts);
	}

}
