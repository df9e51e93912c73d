package dev.policysim.simulation.cause;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.policysim.browser.Origin;
import dev.policysim.effective.EffectiveElement;
import dev.policysim.effective.Scope;
import dev.policysim.effective.SourceLocation;
import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.fix.Patch;
import dev.policysim.simulation.fix.PolicyFixes;

/**
 * What the cause builders of one run share: the effective policies, the fixes on the workspace's
 * text, the profile, the origins the scenario trusts, and the patches made so far (the same cause
 * recurs on every repetition of a request; its patch is made once).
 */
final class Analysis {

	private final Pipelines pipelines;

	private final PolicyFixes fixes;

	private final GatewayProfile profile;

	private final List<Origin> trusted;

	private final Map<String, List<Patch>> patches = new HashMap<>();

	private final Map<Object, List<Cause>> causes = new HashMap<>();

	Analysis(Pipelines pipelines, PolicyFixes fixes, GatewayProfile profile, List<Origin> trusted) {
		this.pipelines = pipelines;
		this.fixes = fixes;
		this.profile = profile;
		this.trusted = List.copyOf(trusted);
	}

	Pipelines pipelines() {
		return this.pipelines;
	}

	PolicyFixes fixes() {
		return this.fixes;
	}

	GatewayProfile profile() {
		return this.profile;
	}

	/** The page origins the scenario expects to be served, in order. */
	List<Origin> trusted() {
		return this.trusted;
	}

	/**
	 * A patch, made once per run for the same key.
	 * @param key what identifies the fix (rule, element, values)
	 * @param make makes the patches
	 * @return the patches
	 */
	List<Patch> patch(String key, Supplier<List<Patch>> make) {
		List<Patch> made = this.patches.get(key);
		if (made == null) {
			made = make.get();
			this.patches.put(key, made);
		}
		return made;
	}

	/**
	 * Causes, built once per run for the same key: a foreign page refused ten thousand times has the
	 * same causes every time.
	 * @param key everything the causes depend on
	 * @param make builds the causes
	 * @return the causes
	 */
	List<Cause> causes(Object key, Supplier<List<Cause>> make) {
		List<Cause> made = this.causes.get(key);
		if (made == null) {
			made = List.copyOf(make.get());
			this.causes.put(key, made);
		}
		return made;
	}

	/** A cause at a policy element. */
	static Cause at(EffectiveElement element, String rule, Severity severity, String message, String fix,
			List<Patch> patches) {
		return new Cause(rule, severity, message, Optional.of(element.provenance().location()),
				Optional.of(element.provenance().scope()), fix, patches);
	}

	/** A cause at a place in a file. */
	static Cause at(SourceLocation location, Scope scope, String rule, Severity severity, String message, String fix,
			List<Patch> patches) {
		return new Cause(rule, severity, message, Optional.of(location), Optional.of(scope), fix, patches);
	}

	/** A cause no policy element produced (the gateway's own steps). */
	static Cause gateway(String rule, Severity severity, String message, String fix) {
		return new Cause(rule, severity, message, Optional.empty(), Optional.empty(), fix, List.of());
	}

	/** {@code apis/orders/policy.xml:4:5}, as causes cite a place. */
	static String place(SourceLocation location) {
		return location.file() + ":" + location.position();
	}

	/** {@code apis/orders/policy.xml:4:5}, for an element. */
	static String place(EffectiveElement element) {
		return place(element.provenance().location());
	}

}
