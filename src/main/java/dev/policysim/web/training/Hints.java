package dev.policysim.web.training;

import java.util.ArrayList;
import java.util.List;

import dev.policysim.web.TextPart;

/**
 * The numbered hints of a sample README's {@code ## Hints} section, in order: the rule, the
 * element, the fix (sample-policies/README.md, "How the READMEs are written").
 *
 * @param hints each hint's text, split at its markdown code spans
 */
record Hints(List<List<TextPart>> hints) {

	Hints {
		hints = hints.stream().map(List::copyOf).toList();
	}

	/**
	 * Reads the hints of a README. A numbered line starts a hint; the indented lines after it continue it.
	 * @param readme the README's text
	 * @return the hints; empty when the README has no {@code ## Hints} section
	 */
	static Hints of(String readme) {
		List<StringBuilder> texts = new ArrayList<>();
		boolean inHints = false;
		for (String line : readme.lines().toList()) {
			if (line.startsWith("## ")) {
				inHints = line.strip().equals("## Hints");
			}
			else if (inHints && line.matches("\\d+\\.\\s.*")) {
				texts.add(new StringBuilder(line.substring(line.indexOf('.') + 1).strip()));
			}
			else if (inHints && !texts.isEmpty() && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
				texts.get(texts.size() - 1).append(' ').append(line.strip());
			}
		}
		return new Hints(texts.stream().map((text) -> TextPart.parse(text.toString())).toList());
	}

	/**
	 * The first hints.
	 * @param count how many the user asked to see; clamped to the hints there are
	 * @return those hints, in order
	 */
	List<List<TextPart>> first(int count) {
		return this.hints.subList(0, Math.max(0, Math.min(count, this.hints.size())));
	}

	int size() {
		return this.hints.size();
	}

	/** Whether there is one more hint after the first {@code shown}. */
	boolean hasMore(int shown) {
		return shown < this.hints.size();
	}

}
