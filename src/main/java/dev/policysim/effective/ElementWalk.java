package dev.policysim.effective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.policysim.policy.Attribute;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.PolicyText;
import dev.policysim.policy.Position;
import dev.policysim.workspace.Fragment;
import dev.policysim.workspace.NamedValue;

/**
 * One walk over a policy's element tree: substitutes named values, inlines nested fragments and
 * remembers what it used, for that policy's provenance. Copies only the nodes that change.
 */
final class ElementWalk implements NamedValueSubstitution.Listener {

	private final ElementResolver resolver;

	private final Scope scope;

	private final List<CalculationProblem> problems;

	private final Map<String, NamedValueUse> uses = new LinkedHashMap<>();

	private final List<FragmentOrigin> nestedFragments = new ArrayList<>();

	private SourceLocation current = new SourceLocation("", Position.START);

	ElementWalk(ElementResolver resolver, Scope scope, List<CalculationProblem> problems) {
		this.resolver = resolver;
		this.scope = scope;
		this.problems = problems;
	}

	/**
	 * The element with named values substituted and nested fragments inlined.
	 * @param element the element
	 * @param file the file it stands in
	 * @param inFragment whether it comes from a fragment, where {@code include-fragment} is not
	 * expanded again (fragments cannot nest)
	 * @param template whether its text belongs to a liquid template, whose {@code {{...}}} are not
	 * named values (set-body-policy)
	 * @return the element; the same instance when nothing changed
	 */
	PolicyElement element(PolicyElement element, String file, boolean inFragment, boolean template) {
		List<Attribute> attributes = attributes(element, file);
		boolean textIsTemplate = template || isLiquidTemplate(element);
		List<PolicyNode> children = children(element, file, inFragment, textIsTemplate);
		if (attributes == element.attributes() && children == element.children()) {
			return element;
		}
		return new PolicyElement(element.name(), attributes, children, element.position());
	}

	Provenance provenance(SourceLocation location, Optional<FragmentOrigin> fragment) {
		return new Provenance(this.scope, location, fragment, List.copyOf(this.uses.values()), this.nestedFragments);
	}

	private List<Attribute> attributes(PolicyElement element, String file) {
		List<Attribute> source = element.attributes();
		List<Attribute> changed = null;
		for (int i = 0; i < source.size(); i++) {
			Attribute attribute = source.get(i);
			String value = substitute(attribute.value(), file, attribute.position());
			if (value != attribute.value() && changed == null) {
				changed = new ArrayList<>(source.subList(0, i));
			}
			if (changed != null) {
				changed.add((value != attribute.value()) ? new Attribute(attribute.name(), value, attribute.position())
						: attribute);
			}
		}
		return (changed != null) ? changed : source;
	}

	private List<PolicyNode> children(PolicyElement element, String file, boolean inFragment, boolean template) {
		List<PolicyNode> source = element.children();
		List<PolicyNode> changed = null;
		for (int i = 0; i < source.size(); i++) {
			PolicyNode node = source.get(i);
			if (!inFragment && node instanceof PolicyElement child && ElementResolver.isInclude(child)) {
				SourceLocation at = new SourceLocation(file, child.position());
				Optional<Fragment> fragment = this.resolver.fragment(child, this.scope, at, this.problems);
				if (fragment.isPresent()) {
					changed = (changed != null) ? changed : new ArrayList<>(source.subList(0, i));
					splice(fragment.get(), at, template, changed);
					continue;
				}
			}
			PolicyNode resolved = node(node, file, inFragment, template);
			if (resolved != node && changed == null) {
				changed = new ArrayList<>(source.subList(0, i));
			}
			if (changed != null) {
				changed.add(resolved);
			}
		}
		return (changed != null) ? changed : source;
	}

	private PolicyNode node(PolicyNode node, String file, boolean inFragment, boolean template) {
		if (node instanceof PolicyElement child) {
			return element(child, file, inFragment, template);
		}
		if (node instanceof PolicyText text && !template) {
			String value = substitute(text.text(), file, text.position());
			return (value != text.text()) ? new PolicyText(value, text.cdata(), text.position()) : text;
		}
		return node;
	}

	private void splice(Fragment fragment, SourceLocation includedAt, boolean template, List<PolicyNode> into) {
		this.nestedFragments.add(new FragmentOrigin(fragment.name(), includedAt));
		String file = fragment.document().file();
		for (PolicyNode node : fragment.document().root().children()) {
			// a fragment holds policies only; the whitespace between them is not content
			if (!(node instanceof PolicyText)) {
				into.add(node(node, file, true, template));
			}
		}
	}

	private String substitute(String value, String file, Position position) {
		if (value.indexOf("{{") < 0) {
			return value;
		}
		this.current = new SourceLocation(file, position);
		return this.resolver.namedValues().substitute(value, this);
	}

	@Override
	public void referenced(String name, Optional<NamedValue> namedValue) {
		if (namedValue.isPresent() && namedValue.get().value().isPresent()) {
			NamedValue used = namedValue.get();
			this.uses.putIfAbsent(name, new NamedValueUse(name, used.file(), used.secret()));
			return;
		}
		String message = namedValue.filter(NamedValue::secret)
			.map((secret) -> "{{" + name + "}} is a secret named value whose value is not in the workspace (APIOps "
					+ "does not export secret values); it is left as written, supply it in the scenario's namedValues")
			.orElse("{{" + name + "}} names no named value with a value in the workspace; it is left as written");
		this.problems.add(new CalculationProblem("named-value-missing", this.current, this.scope, message));
	}

	private static boolean isLiquidTemplate(PolicyElement element) {
		return "set-body".equals(element.name()) && element.attribute("template")
			.map((template) -> template.strip().toLowerCase(Locale.ROOT).equals("liquid"))
			.orElse(false);
	}

}
