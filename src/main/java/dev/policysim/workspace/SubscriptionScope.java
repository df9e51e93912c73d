package dev.policysim.workspace;

import java.util.Objects;
import java.util.Optional;

/**
 * What a subscription grants access to, as APIM writes it: {@code /products/<product>},
 * {@code /apis/<api>}, {@code /apis} (all APIs), or the service itself (the all-access key).
 *
 * @param kind the kind of scope
 * @param target the product or API name, for those kinds; empty otherwise
 */
public record SubscriptionScope(Kind kind, Optional<String> target) {

	public SubscriptionScope {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(target, "target");
	}

	/** The kinds of scope. Only {@link #PRODUCT} gives a product context. */
	public enum Kind {

		PRODUCT, API, ALL_APIS, ALL_ACCESS

	}

	/**
	 * Parses a scope as APIM and APIOps write it. Full ARM ids ending in such a path are accepted too.
	 * @param scope e.g. {@code /products/starter}
	 * @return the scope, or empty when the text is not a scope
	 */
	public static Optional<SubscriptionScope> parse(String scope) {
		String path = scope.strip();
		int products = path.lastIndexOf("/products/");
		int apis = path.lastIndexOf("/apis/");
		if (products >= 0 && products >= apis) {
			return named(Kind.PRODUCT, path.substring(products + "/products/".length()));
		}
		if (apis >= 0) {
			return named(Kind.API, path.substring(apis + "/apis/".length()));
		}
		if (path.endsWith("/apis")) {
			return Optional.of(new SubscriptionScope(Kind.ALL_APIS, Optional.empty()));
		}
		if (path.isEmpty() || path.equals("/") || path.contains("/service/")) {
			return Optional.of(new SubscriptionScope(Kind.ALL_ACCESS, Optional.empty()));
		}
		return Optional.empty();
	}

	private static Optional<SubscriptionScope> named(Kind kind, String name) {
		String clean = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		if (clean.isEmpty() || clean.contains("/")) {
			return Optional.empty();
		}
		return Optional.of(new SubscriptionScope(kind, Optional.of(clean)));
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case PRODUCT -> "/products/" + this.target.orElseThrow();
			case API -> "/apis/" + this.target.orElseThrow();
			case ALL_APIS -> "/apis";
			case ALL_ACCESS -> "/";
		};
	}

}
