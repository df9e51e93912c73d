package dev.policysim.analysis.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.policysim.analysis.AnalysisInput;
import dev.policysim.analysis.Inbound;
import dev.policysim.analysis.FindingCollector;
import dev.policysim.analysis.FindingLocation;
import dev.policysim.analysis.Rule;
import dev.policysim.analysis.RuleInfo;
import dev.policysim.analysis.Severity;
import dev.policysim.effective.Scope;
import dev.policysim.policy.ScopeKind;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;

/**
 * {@code options-operation-bypass}: an API whose specification defines an OPTIONS operation. A
 * preflight to that path matches the operation, and the cors policy's preflight handling does not
 * run. Reported at the operation in the specification file, and only for APIs that have a cors in
 * some context: without one there is no preflight handling to bypass.
 *
 * <pre>{@code
 * bad:  paths: /orders/{id}: options: operationId: preflight
 * good: paths: /orders/{id}: get: ...   (no OPTIONS operation; the cors policy answers preflights)
 * }</pre>
 */
public final class OptionsOperationBypass implements Rule {

	private static final RuleInfo INFO = new RuleInfo("options-operation-bypass", Severity.WARNING,
			"An OPTIONS operation bypasses the cors policy's preflight handling",
			"Microsoft's cors reference: when a request matches an operation defined with the OPTIONS method, the "
					+ "cors policy's preflight logic is not run. The preflight then runs that operation's whole "
					+ "pipeline like any request (subscription check included, which a preflight never passes, as "
					+ "it carries no key) and gets no Access-Control-Allow-Methods or -Headers unless the operation "
					+ "builds them itself. Imported specifications sometimes carry OPTIONS operations from the "
					+ "backend's framework by accident.",
			List.of(References.CORS),
			"""
					paths:
					  /{orderId}:
					    options:
					      operationId: order-preflight
					    get:
					      operationId: get-order""",
			"""
					paths:
					  /{orderId}:
					    get:
					      operationId: get-order""",
			"Remove the OPTIONS operation from the API (the cors policy answers preflights), or, if it is "
					+ "deliberate, make its policy answer preflights completely.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	@Override
	public void check(AnalysisInput input, FindingCollector findings) {
		boolean anyOptions = input.workspace().apis().stream().flatMap((api) -> api.operations().stream())
			.anyMatch((operation) -> operation.method().equals("OPTIONS"));
		if (!anyOptions) {
			return;
		}
		Set<String> apisWithCors = new HashSet<>();
		for (Inbound inbound : input.inbounds()) {
			if (inbound.firstCorsIndex() >= 0) {
				apisWithCors.add(inbound.context().api());
			}
		}
		for (Api api : input.workspace().apis()) {
			if (!apisWithCors.contains(api.name())) {
				continue;
			}
			for (Operation operation : api.operations()) {
				if (operation.method().equals("OPTIONS") && operation.specFile().isPresent()) {
					String path = "/" + api.path() + (operation.urlTemplate().equals("/") ? "" : operation.urlTemplate());
					findings.report(INFO, new FindingLocation(operation.specFile().get(), operation.specPosition(),
							Optional.of(Scope.of(ScopeKind.OPERATION, operation.name()))), "API " + api.name()
									+ " defines OPTIONS operation " + operation.name() + " (" + operation.specFile().get()
									+ ":" + operation.specPosition().line() + "): preflights to " + path
									+ " match it, so the cors policy's preflight handling does not run there.");
				}
			}
		}
	}

}
