package dev.policysim.gateway.expression;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The member paths under {@code context} that the subset knows, so the parser can tell, member by
 * member, whether a chain can still lead somewhere supported.
 */
final class ContextPaths {

	private static final Map<String, ContextProperty> PROPERTIES = new HashMap<>();

	private static final Map<String, ContextLookup.Source> LOOKUPS = new HashMap<>();

	private static final Set<String> PREFIXES = new HashSet<>();

	static {
		for (ContextProperty property : ContextProperty.values()) {
			PROPERTIES.put(property.path(), property);
			addPrefixes(property.path());
		}
		for (ContextLookup.Source source : ContextLookup.Source.values()) {
			LOOKUPS.put(source.path(), source);
			addPrefixes(source.path());
		}
	}

	private ContextPaths() {
	}

	private static void addPrefixes(String path) {
		for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
			PREFIXES.add(path.substring(0, dot));
		}
	}

	static Optional<ContextProperty> property(String path) {
		return Optional.ofNullable(PROPERTIES.get(path));
	}

	static Optional<ContextLookup.Source> lookup(String path) {
		return Optional.ofNullable(LOOKUPS.get(path));
	}

	/** Whether more members after this path may still name something of the subset. */
	static boolean leadsFurther(String path) {
		return PREFIXES.contains(path);
	}

}
