package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.policy.PolicyDocument;

/**
 * Everything the calculator, the analyzer and the gateway need to know about one API Management
 * instance. Immutable and safe to share between threads.
 *
 * @param global the global ("All APIs") policy document, when there is one
 * @param products the products, ordered by name
 * @param apis the APIs, ordered by name
 * @param fragments the policy fragments, ordered by name
 * @param namedValues the named values, ordered by name
 * @param subscriptions the subscriptions, ordered by name
 * @param problems the files that could not be used, in path order
 */
public record Workspace(Optional<PolicyDocument> global, List<Product> products, List<Api> apis,
		List<Fragment> fragments, List<NamedValue> namedValues, List<Subscription> subscriptions,
		List<LoadProblem> problems) {

	/** A workspace without anything in it. */
	public static final Workspace EMPTY = new Workspace(Optional.empty(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());

	public Workspace {
		Objects.requireNonNull(global, "global");
		products = sorted(products, Product::name);
		apis = sorted(apis, Api::name);
		fragments = sorted(fragments, Fragment::name);
		namedValues = sorted(namedValues, NamedValue::name);
		subscriptions = sorted(subscriptions, Subscription::name);
		problems = List.copyOf(problems);
	}

	private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> name) {
		List<T> copy = new ArrayList<>(items);
		copy.sort(Comparator.comparing(name));
		return List.copyOf(copy);
	}

	/** An API by its resource name. */
	public Optional<Api> api(String name) {
		return byName(this.apis, Api::name, name);
	}

	/** A product by its resource name. */
	public Optional<Product> product(String name) {
		return byName(this.products, Product::name, name);
	}

	/**
	 * The first item of a list sorted by name that has the name: a binary search, because the
	 * gateway and the calculator look APIs up for every request and a tenant has hundreds.
	 */
	private static <T> Optional<T> byName(List<T> sorted, java.util.function.Function<T, String> nameOf, String name) {
		int low = 0;
		int high = sorted.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (nameOf.apply(sorted.get(middle)).compareTo(name) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return (low < sorted.size() && nameOf.apply(sorted.get(low)).equals(name)) ? Optional.of(sorted.get(low))
				: Optional.empty();
	}

	/** A fragment by its id. */
	public Optional<Fragment> fragment(String name) {
		return this.fragments.stream().filter((fragment) -> fragment.name().equals(name)).findFirst();
	}

	/**
	 * A named value as policies refer to it: by display name, falling back to the resource name.
	 * @param name the text between {@code {{} and {@code }}}
	 * @return the named value, or empty when none is called so
	 */
	public Optional<NamedValue> namedValue(String name) {
		return this.namedValues.stream()
			.filter((value) -> value.displayName().equals(name))
			.findFirst()
			.or(() -> this.namedValues.stream().filter((value) -> value.name().equals(name)).findFirst());
	}

	/**
	 * The products that contain an API, ordered by name.
	 * @param apiName the API's resource name
	 * @return the products; empty when the API is in none
	 */
	public List<Product> productsContaining(String apiName) {
		return this.products.stream().filter((product) -> product.contains(apiName)).toList();
	}

	/**
	 * A copy with more named values; a value of the same name replaces the workspace's own (a
	 * scenario adds and overrides named values this way).
	 * @param extra the values to add
	 * @return the new workspace
	 */
	public Workspace withNamedValues(List<NamedValue> extra) {
		Map<String, NamedValue> byName = new LinkedHashMap<>();
		this.namedValues.forEach((value) -> byName.put(value.displayName(), value));
		extra.forEach((value) -> byName.put(value.displayName(), value));
		return new Workspace(this.global, this.products, this.apis, this.fragments, List.copyOf(byName.values()),
				this.subscriptions, this.problems);
	}

	/**
	 * A copy with more subscriptions; one of the same name replaces the workspace's own.
	 * @param extra the subscriptions to add
	 * @return the new workspace
	 */
	public Workspace withSubscriptions(List<Subscription> extra) {
		Map<String, Subscription> byName = new LinkedHashMap<>();
		this.subscriptions.forEach((subscription) -> byName.put(subscription.name(), subscription));
		extra.forEach((subscription) -> byName.put(subscription.name(), subscription));
		return new Workspace(this.global, this.products, this.apis, this.fragments, this.namedValues,
				List.copyOf(byName.values()), this.problems);
	}

}
