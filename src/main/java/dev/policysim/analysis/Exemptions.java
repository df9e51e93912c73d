package dev.policysim.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.policysim.policy.Attribute;
import dev.policysim.policy.PolicyComment;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.PolicyText;
import dev.policysim.policy.Position;
import dev.policysim.workspace.LoadProblem;

/**
 * The elements exempted from rules by a comment right above them (only whitespace between):
 * <pre>
 * &lt;!-- policysim-disable cors-duplicate, cors-terminate-default --&gt;
 * &lt;cors&gt;...&lt;/cors&gt;
 * </pre>
 * names the rules (separated by spaces or commas); {@code policysim-disable} alone exempts the
 * element from every rule. The exemption covers findings at the element itself and at its
 * attributes and text, down its subtree (a {@code {{named value}}} in a {@code <value>}), but not
 * findings at the policies nested in it. An unknown rule id in such a comment is a problem.
 */
final class Exemptions {

	/** The word that starts an exemption comment. */
	static final String DIRECTIVE = "policysim-disable";

	private final Map<String, Map<Position, Set<String>>> byFile = new HashMap<>();

	private final List<LoadProblem> problems = new ArrayList<>();

	/**
	 * Looks for exemption comments among the children of one element; the walk over the documents
	 * ({@link PolicySites}) calls it for every element whose children can carry findings: a
	 * document's root, sections, fragments, branches and container policies; once per element.
	 * @param file the file the element stands in
	 * @param parent the element
	 */
	void scan(String file, PolicyElement parent) {
		Optional<PolicyComment> directive = Optional.empty();
		for (PolicyNode node : parent.children()) {
			if (node instanceof PolicyComment comment) {
				directive = isDirective(comment) ? Optional.of(comment) : Optional.empty();
			}
			else if (node instanceof PolicyElement child) {
				directive.flatMap((comment) -> rules(file, comment)).ifPresent((rules) -> exempt(file, child, rules));
				directive = Optional.empty();
			}
			else if (directive.isPresent() && node instanceof PolicyText text && !text.isBlank()) {
				// only whitespace may stand between the comment and its element; most texts need no look
				directive = Optional.empty();
			}
		}
	}

	/**
	 * Whether a finding is exempted.
	 * @param finding the finding
	 * @return {@code true} when a comment above its element names its rule, or names none
	 */
	boolean exempts(Finding finding) {
		Map<Position, Set<String>> file = this.byFile.get(finding.file());
		if (file == null) {
			return false;
		}
		Set<String> rules = file.get(finding.position());
		return rules != null && (rules.isEmpty() || rules.contains(finding.rule()));
	}

	/** Exemption comments that name unknown rules, reported as {@code file-invalid}. */
	List<LoadProblem> problems() {
		return List.copyOf(this.problems);
	}

	private void exempt(String file, PolicyElement element, Set<String> rules) {
		Map<Position, Set<String>> positions = this.byFile.computeIfAbsent(file, (key) -> new HashMap<>());
		add(positions, element.position(), rules);
		covered(element, positions, rules);
	}

	/** Attributes and text of the subtree, but not the nested elements' own positions. */
	private static void covered(PolicyElement element, Map<Position, Set<String>> positions, Set<String> rules) {
		for (Attribute attribute : element.attributes()) {
			add(positions, attribute.position(), rules);
		}
		for (PolicyNode node : element.children()) {
			if (node instanceof PolicyText text) {
				add(positions, text.position(), rules);
			}
			else if (node instanceof PolicyElement child) {
				covered(child, positions, rules);
			}
		}
	}

	/** Adds rules to a position an enclosing element's comment may already cover; empty means every rule. */
	private static void add(Map<Position, Set<String>> positions, Position position, Set<String> rules) {
		Set<String> before = positions.get(position);
		if (before == null) {
			positions.put(position, rules);
		}
		else if (!before.isEmpty()) {
			Set<String> merged = new TreeSet<>(before);
			merged.addAll(rules);
			positions.put(position, rules.isEmpty() ? rules : merged);
		}
	}

	private static boolean isDirective(PolicyComment comment) {
		String text = comment.text().strip();
		return text.startsWith(DIRECTIVE)
				&& (text.length() == DIRECTIVE.length() || Character.isWhitespace(text.charAt(DIRECTIVE.length())));
	}

	/**
	 * The rules a directive names.
	 * @return the known ids, an empty set for "every rule", or empty when it names only unknown ids
	 */
	private Optional<Set<String>> rules(String file, PolicyComment comment) {
		String list = comment.text().strip().substring(DIRECTIVE.length());
		Set<String> rules = new TreeSet<>();
		boolean named = false;
		for (String id : list.split("[\\s,]+")) {
			if (id.isEmpty()) {
				continue;
			}
			named = true;
			if (Rules.rule(id).isEmpty()) {
				this.problems.add(new LoadProblem(LoadProblem.Kind.FILE_INVALID, file, comment.position(),
						"The comment " + DIRECTIVE + " names unknown rule id \"" + id + "\"; the rule ids are: "
								+ String.join(", ", Rules.ids()) + "."));
				continue;
			}
			rules.add(id);
		}
		return (named && rules.isEmpty()) ? Optional.empty() : Optional.of(rules);
	}

}
