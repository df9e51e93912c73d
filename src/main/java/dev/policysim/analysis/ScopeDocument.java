package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.effective.Scope;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;
import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Workspace;

/**
 * The policy document of one scope of the workspace.
 *
 * @param scope the scope
 * @param api the API the document belongs to, for an API or operation scope
 * @param document the document
 */
public record ScopeDocument(Scope scope, Optional<String> api, PolicyDocument document) {

	public ScopeDocument {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(api, "api");
		Objects.requireNonNull(document, "document");
	}

	/**
	 * Every scope's document: global, then products, then each API followed by its operations.
	 * @param workspace the workspace
	 * @return the documents; empty when the workspace has none
	 */
	static List<ScopeDocument> all(Workspace workspace) {
		List<ScopeDocument> documents = new ArrayList<>();
		workspace.global().ifPresent((document) -> documents.add(new ScopeDocument(Scope.GLOBAL, Optional.empty(), document)));
		for (Product product : workspace.products()) {
			product.policy().ifPresent((document) -> documents
				.add(new ScopeDocument(Scope.of(ScopeKind.PRODUCT, product.name()), Optional.empty(), document)));
		}
		for (Api api : workspace.apis()) {
			Optional<String> name = Optional.of(api.name());
			api.policy().ifPresent((document) -> documents
				.add(new ScopeDocument(Scope.of(ScopeKind.API, api.name()), name, document)));
			for (Operation operation : api.operations()) {
				operation.policy().ifPresent((document) -> documents
					.add(new ScopeDocument(Scope.of(ScopeKind.OPERATION, operation.name()), name, document)));
			}
		}
		return documents;
	}

	/** Where a finding about the whole document, or one of its elements, points. */
	public FindingLocation location(Position position) {
		return new FindingLocation(this.document.file(), position, Optional.of(this.scope));
	}

}
