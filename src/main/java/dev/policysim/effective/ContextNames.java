package dev.policysim.effective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;

/**
 * Checks a context's names against a workspace and lists every context a workspace has.
 */
final class ContextNames {

	private ContextNames() {
	}

	/**
	 * The scope chain of a context, its names checked.
	 * @param workspace the workspace
	 * @param context the context as a user gave it (operation names compare case-insensitively)
	 * @return the chain, whose context spells the names as the workspace does
	 * @throws UnknownNameException for an unknown API, operation or product, or a product that does
	 * not contain the API
	 */
	static ScopeChain chain(Workspace workspace, PolicyContext context) {
		Api api = workspace.api(context.api()).orElseThrow(() -> unknownApi(workspace, context.api()));
		Optional<Operation> operation = context.operation()
			.map((name) -> api.operation(name).orElseThrow(() -> unknownOperation(api, name)));
		Optional<Product> product = context.product().map((name) -> product(workspace, api, name));
		return ScopeChain.of(workspace, api, operation, product);
	}

	/**
	 * Every context of the workspace: for each API by name, its API-level context and then each
	 * operation by name, each first with no product and then under each product containing the
	 * API, by name.
	 * @param workspace the workspace
	 * @return the chains; empty when the workspace has no API
	 */
	static List<ScopeChain> all(Workspace workspace) {
		List<ScopeChain> chains = new ArrayList<>();
		for (Api api : workspace.apis()) {
			List<Product> products = workspace.productsContaining(api.name());
			List<Optional<Operation>> operations = new ArrayList<>(api.operations().size() + 1);
			operations.add(Optional.empty());
			api.operations().forEach((operation) -> operations.add(Optional.of(operation)));
			for (Optional<Operation> operation : operations) {
				chains.add(ScopeChain.of(workspace, api, operation, Optional.empty()));
				for (Product product : products) {
					chains.add(ScopeChain.of(workspace, api, operation, Optional.of(product)));
				}
			}
		}
		return chains;
	}

	private static Product product(Workspace workspace, Api api, String name) {
		Optional<Product> product = workspace.product(name);
		if (product.isPresent() && product.get().contains(api.name())) {
			return product.get();
		}
		List<String> containing = workspace.productsContaining(api.name()).stream().map(Product::name).toList();
		String valid = containing.isEmpty() ? "API '" + api.name() + "' is in no product"
				: "the products containing API '" + api.name() + "' are: " + String.join(", ", containing);
		String problem = product.isPresent() ? "product '" + name + "' does not contain API '" + api.name() + "'"
				: "unknown product '" + name + "'";
		throw new UnknownNameException(UnknownNameException.Kind.PRODUCT, name, containing, problem + "; " + valid);
	}

	private static UnknownNameException unknownApi(Workspace workspace, String name) {
		List<String> apis = workspace.apis().stream().map(Api::name).toList();
		String valid = apis.isEmpty() ? "the workspace has no APIs"
				: "the workspace's APIs are: " + String.join(", ", apis);
		return new UnknownNameException(UnknownNameException.Kind.API, name, apis,
				"unknown API '" + name + "'; " + valid);
	}

	private static UnknownNameException unknownOperation(Api api, String name) {
		List<String> operations = api.operations().stream().map(Operation::name).toList();
		String valid = operations.isEmpty() ? "it has no operations"
				: "its operations are: " + String.join(", ", operations);
		return new UnknownNameException(UnknownNameException.Kind.OPERATION, name, operations,
				"API '" + api.name() + "' has no operation '" + name + "'; " + valid);
	}

}
