package dev.policysim.simulation.cause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.policysim.browser.Origin;
import dev.policysim.effective.CutOff;
import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.PolicyContext;
import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.Position;
import dev.policysim.policy.ScopeKind;
import dev.policysim.policy.SectionName;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.workspace.Api;
import dev.policysim.workspace.Operation;
import dev.policysim.workspace.Product;
import dev.policysim.workspace.Subscription;
import dev.policysim.workspace.SubscriptionScope;

/**
 * The causes of a pipeline that holds no cors: {@code cors-in-choose} when the only cors hides in
 * a {@code choose}, {@code cors-missing} at the API's {@code <inbound>} (where one would add it),
 * then why: {@code base-missing} where a section without {@code <base/>} cut off a broader cors,
 * {@code cors-product-scope} where the only cors is in a product the request did not run in.
 */
final class MissingCorsCauses {

	private final Analysis analysis;

	private final NewCors newCors;

	MissingCorsCauses(Analysis analysis) {
		this.analysis = analysis;
		this.newCors = new NewCors(analysis);
	}

	List<Cause> of(Trip trip, RequestFacts facts) {
		if (trip.policy().isEmpty() || !trip.cors().isEmpty()) {
			return List.of();
		}
		EffectivePolicy policy = trip.policy().get();
		List<Cause> causes = new ArrayList<>();
		Pipelines.corsInChoose(policy).ifPresent((choose) -> causes.add(Analysis.at(choose, "cors-in-choose",
				Severity.WARNING, "the only cors of the " + trip.noun() + "'s pipeline stands inside the choose at "
						+ Analysis.place(choose) + ", not directly in <inbound>, so the gateway does not find it for preflights",
				"Move the cors out of the choose, to the top of <inbound>.", List.of())));
		causes.add(corsMissing(trip, policy, facts));
		causes.addAll(baseMissing(policy));
		causes.addAll(productScope(trip, policy, facts));
		return causes;
	}

	private Cause corsMissing(Trip trip, EffectivePolicy policy, RequestFacts facts) {
		PolicyContext context = policy.context();
		Api api = this.analysis.pipelines().workspace().api(context.api()).orElseThrow();
		String file = "apis/" + api.name() + "/policy.xml";
		Scope scope = Scope.of(ScopeKind.API, api.name());
		String message = "the " + trip.noun() + "'s pipeline (" + context + ") holds no cors, so nothing adds "
				+ "Access-Control-Allow-Origin";
		String fix = "Add a cors block for " + facts.request().page().serialize() + " to the " + api.name()
				+ " API's <inbound>, right after <base />, or one cors at the global scope, first in <inbound>.";
		List<Patch> patches = this.analysis.patch("cors-missing " + file + " " + facts.request().page(),
				() -> this.newCors.addTo(api, facts));
		Optional<PolicyDocument> document = api.policy();
		SourceLocation location = document
			.map((found) -> new SourceLocation(file,
					found.section(SectionName.INBOUND).map(PolicyElement::position).orElse(found.root().position())))
			.orElse(new SourceLocation(file, Position.START));
		return Analysis.at(location, scope, "cors-missing", Severity.WARNING, message, fix, patches);
	}

	private List<Cause> baseMissing(EffectivePolicy policy) {
		Map<SourceLocation, List<String>> cutCors = new LinkedHashMap<>();
		for (CutOff cutOff : policy.cutOffs()) {
			if (cutOff.section() != SectionName.INBOUND) {
				continue;
			}
			Optional<PolicyDocument> lost = this.analysis.pipelines().document(cutOff.scope(), policy.context().api());
			for (PolicyElement cors : lost.map(Pipelines::corsIn).orElse(List.of())) {
				cutCors.computeIfAbsent(cutOff.cause(), (key) -> new ArrayList<>())
					.add("the " + cutOff.scope() + " cors at " + lost.get().file() + ":" + cors.position());
			}
		}
		List<Cause> causes = new ArrayList<>();
		cutCors.forEach((section, lost) -> causes.add(baseMissing(policy, section, lost)));
		return causes;
	}

	private Cause baseMissing(EffectivePolicy policy, SourceLocation section, List<String> lost) {
		Optional<PolicyDocument> document = documentOf(section.file(), policy.context());
		Scope scope = document.map((found) -> scopeOf(found, policy.context())).orElse(Scope.GLOBAL);
		String message = section.file() + " has no <base /> in <inbound>, which cuts off " + String.join(" and ", lost);
		String fix = "Put <base /> back as the first element of <inbound> in " + section.file() + ".";
		List<Patch> patches = this.analysis.patch("base-missing " + section,
				() -> document.flatMap((found) -> found.section(SectionName.INBOUND))
					.map((inbound) -> this.analysis.fixes().addBaseFirst(section.file(), inbound))
					.orElse(List.of()));
		return Analysis.at(section, scope, "base-missing", Severity.ERROR, message, fix, patches);
	}

	private List<Cause> productScope(Trip trip, EffectivePolicy policy, RequestFacts facts) {
		if (policy.context().product().isPresent()) {
			return List.of();
		}
		Api api = this.analysis.pipelines().workspace().api(policy.context().api()).orElseThrow();
		List<Cause> causes = new ArrayList<>();
		for (Product product : productsFor(api, facts)) {
			List<PolicyElement> cors = product.policy().map(Pipelines::corsIn).orElse(List.of());
			if (cors.isEmpty()) {
				continue;
			}
			String file = product.policy().get().file();
			SourceLocation location = new SourceLocation(file, cors.get(0).position());
			String message = "the only cors is in the " + product.name() + " product's policy (" + Analysis.place(location)
					+ "), which the " + trip.noun() + " never runs: " + (trip.preflight()
							? "a preflight never carries the " + api.keyNames().header() + " header, so it runs in no product"
							: "the request runs in no product");
			String fix = "Move the cors block from " + file + " to the " + api.name()
					+ " API's policy (or the global one), right after <base />.";
			List<Patch> patches = this.analysis.patch("cors-product-scope " + location,
					() -> this.newCors.moveTo(api, file, cors.get(0).position()));
			causes.add(Analysis.at(location, Scope.of(ScopeKind.PRODUCT, product.name()), "cors-product-scope",
					Severity.ERROR, message, fix, patches));
		}
		return causes;
	}

	/** The product the request's key belongs to; every product holding the API when the key is unknown. */
	private List<Product> productsFor(Api api, RequestFacts facts) {
		Set<String> keys = new LinkedHashSet<>(facts.request().headers().all(api.keyNames().header()));
		List<Product> containing = this.analysis.pipelines().workspace().productsContaining(api.name());
		for (Subscription subscription : this.analysis.pipelines().workspace().subscriptions()) {
			boolean ours = subscription.key().filter(keys::contains).isPresent()
					&& subscription.scope().kind() == SubscriptionScope.Kind.PRODUCT;
			if (ours) {
				String product = subscription.scope().target().orElseThrow();
				return containing.stream().filter((candidate) -> candidate.name().equals(product)).toList();
			}
		}
		return containing;
	}

	private Optional<PolicyDocument> documentOf(String file, PolicyContext context) {
		Optional<Api> api = this.analysis.pipelines().workspace().api(context.api());
		List<Optional<PolicyDocument>> candidates = new ArrayList<>();
		candidates.add(api.flatMap((found) -> context.operation().flatMap(found::operation)).flatMap(Operation::policy));
		candidates.add(api.flatMap(Api::policy));
		candidates.add(context.product().flatMap(this.analysis.pipelines().workspace()::product).flatMap(Product::policy));
		return candidates.stream().flatMap(Optional::stream).filter((doc) -> doc.file().equals(file)).findFirst();
	}

	private static Scope scopeOf(PolicyDocument document, PolicyContext context) {
		String file = document.file();
		if (file.startsWith("products/")) {
			return Scope.of(ScopeKind.PRODUCT, context.product().orElse(""));
		}
		if (file.contains("/operations/")) {
			return Scope.of(ScopeKind.OPERATION, context.operation().orElse(""));
		}
		return Scope.of(ScopeKind.API, context.api());
	}

	/** The origins a new cors should allow: the request's page and the pages the scenario expects served. */
	static List<String> originsFor(Analysis analysis, RequestFacts facts) {
		Set<String> origins = new LinkedHashSet<>();
		origins.add(facts.request().page().serialize());
		analysis.trusted().stream().map(Origin::serialize).forEach(origins::add);
		return List.copyOf(origins);
	}

}
